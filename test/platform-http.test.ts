// The HTTP platform: liveness and readiness, the OpenAPI description, and addresses that do not exist.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, webRoot } from '../src/server/app.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { createTestDatabase } from './support/database.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const webBuilt = fs.existsSync(path.join(webRoot, 'index.html'));

describe('health', () => {
  it('says the process is alive and the database answers', async () => {
    expect(expectStatus(await t.app.inject({ method: 'GET', url: '/healthz' }), 200)).toEqual({ status: 'ok' });
    expect(expectStatus(await t.app.inject({ method: 'GET', url: '/readyz' }), 200)).toEqual({ status: 'ready' });
  });

  it('says it is not ready once the database is gone', async () => {
    const database = await createTestDatabase();
    const app = await buildApp({ config: t.config, database, logger: false });
    try {
      expect(expectStatus(await app.inject({ method: 'GET', url: '/readyz' }), 200)).toEqual({ status: 'ready' });
      await database.close();
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable' });
      expect(expectStatus(await app.inject({ method: 'GET', url: '/healthz' }), 200)).toEqual({ status: 'ok' });
    } finally {
      await app.close().catch(() => {});
    }
  });
});

describe('the API description', () => {
  it('is OpenAPI 3.1 and describes the organisations collection with its request and response schemas', async () => {
    const doc = expectStatus(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), 200);
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBe('Chancery API');
    const orgs = doc.paths['/api/organizations'];
    expect(orgs.get.parameters.map((p: Body) => p.name)).toEqual(expect.arrayContaining(['q', 'limit', 'cursor', 'kind', 'sort']));
    const listSchema = orgs.get.responses['200'].content['application/json'].schema;
    expect(listSchema.properties).toHaveProperty('items');
    expect(listSchema.properties).toHaveProperty('total');
    const body = orgs.post.requestBody.content['application/json'].schema;
    expect(body.properties).toHaveProperty('nameEn');
    expect(body.required).toEqual(expect.arrayContaining(['nameEn', 'kind']));
    expect(orgs.post.responses['201'].content['application/json'].schema.properties).toHaveProperty('abilities');
    expect(orgs.post.responses).toHaveProperty('400');
    expect(doc.paths['/api/organizations/{id}'].patch).toBeDefined();
    for (const p of ['/api/people', '/api/parties', '/api/delegations', '/api/users', '/api/audit', '/api/auth/login']) expect(doc.paths).toHaveProperty([p]);
    const text = JSON.stringify(['/api/organizations', '/api/organizations/{id}', '/api/people', '/api/parties', '/api/delegations', '/api/users'].map((p) => doc.paths[p]));
    for (const internal of ['searchText', 'passwordHash', 'sharedParties']) expect(text).not.toContain(internal);
    // Health probes and the description itself are left out.
    expect(doc.paths).not.toHaveProperty(['/healthz']);
  });
});

describe('addresses that do not exist', () => {
  it('answer an unknown API address with a 404 problem, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      expectProblem(await t.app.inject({ method, url: '/api/does-not-exist' }), 404, { code: 'route.not_found' });
    }
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/organizations/extra/segments' }), 404);
  });

  it.runIf(webBuilt)('serve the web app for an unknown page, so the browser can route it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/some/page' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(/<div id="root"|<!doctype html>/i);
  });

  it.skipIf(webBuilt)('answer an unknown page with a 404 problem while the web app is not built', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/some/page' }), 404, { code: 'route.not_found' });
  });
});

describe('deeply nested bodies', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('answer a login nested 5,000 deep with a 400 problem, not a crash', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: nested(5000) });
    expectProblem(res, 400, { code: 'request.too_deep' });
  });

  it('answer objects nested past 64 levels on a signed-in route with a 400 naming where', async () => {
    let body: Body = 'x';
    for (let i = 0; i < 100; i++) body = { a: body };
    const res = await t.as('staff', 'POST', '/api/organizations', { nameEn: 'Deep', kind: 'agency', notes: body });
    const problem = expectProblem(res, 400, { code: 'request.too_deep' });
    expect(problem.errors?.[0].field).toMatch(/^notes(\.a)+$/);
  });

  it('let a body nested within the limit reach validation', async () => {
    let body: Body = 'x';
    for (let i = 0; i < 60; i++) body = [body];
    expectProblem(await t.as('staff', 'POST', '/api/organizations', { nameEn: body, kind: 'agency' }), 400, { code: 'request.invalid', field: 'nameEn' });
  });

  it('still name the field of a NUL character deep in a list', async () => {
    const res = await t.as('staff', 'POST', '/api/organizations', { nameEn: 'Fine', kind: 'agency', aliases: ['ok', 'b\u0000d'] });
    expectProblem(res, 400, { code: 'request.invalid_text', field: 'aliases.1' });
  });
});
