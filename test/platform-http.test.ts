// The HTTP platform: liveness and readiness, the OpenAPI description, and addresses that do not exist.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, webRoot } from '../src/server/app.ts';
import { type Body, expectProblem, expectStatus, unknownId } from './support/http.ts';
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
    expect(body.properties).toHaveProperty('names');
    expect(body.required).toEqual(expect.arrayContaining(['names', 'kind']));
    // The record's shape is a named component the answer refers to.
    expect(orgs.post.responses['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Organization' });
    expect(doc.components.schemas.Organization.properties).toHaveProperty('abilities');
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
    const res = await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Deep' }, kind: 'agency', notes: body });
    const problem = expectProblem(res, 400, { code: 'request.too_deep' });
    expect(problem.errors?.[0].field).toMatch(/^notes(\.a)+$/);
  });

  it('let a body nested within the limit reach validation', async () => {
    let body: Body = 'x';
    for (let i = 0; i < 60; i++) body = [body];
    expectProblem(await t.as('staff', 'POST', '/api/organizations', { names: { en: body }, kind: 'agency' }), 400, { code: 'request.invalid', field: 'names.en' });
  });

  it('still name the field of a NUL character deep in a list', async () => {
    const res = await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Fine' }, kind: 'agency', aliases: ['ok', 'b\u0000d'] });
    expectProblem(res, 400, { code: 'request.invalid_text', field: 'aliases.1' });
  });
});

describe('refusals by the framework', () => {
  const raw = (opts: InjectOptions) => t.app.inject(opts);

  it('answer a 5,000-character path parameter with a 414 problem', async () => {
    expectProblem(await raw({ method: 'GET', url: `/api/organizations/${'a'.repeat(5000)}` }), 414, { code: 'request.path_too_long' });
  });

  it('answer a body over the limit with a 413 problem', async () => {
    const res = await t.as('staff', 'POST', '/api/organizations', { names: { en: 'x'.repeat(1_100_000) }, kind: 'agency' });
    expectProblem(res, 413, { code: 'request.too_large' });
  });

  it('answer a body of another media type with a 415 problem', async () => {
    const res = await raw({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/xml' }, payload: '<a/>' });
    expectProblem(res, 415, { code: 'request.unsupported_media_type' });
  });

  it('answer malformed and empty JSON with 400 problems', async () => {
    const post = (payload: string) => raw({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload });
    expectProblem(await post('{"email":'), 400, { code: 'request.malformed_json' });
    expectProblem(await post(''), 400, { code: 'request.empty_body' });
    expectProblem(await post('{"__proto__":{"x":1}}'), 400, { code: 'request.malformed_json' });
  });

  it('answer a known address asked with a method it lacks with a 405 problem naming the allowed ones', async () => {
    const res = await raw({ method: 'PUT', url: '/api/auth/login' });
    expectProblem(res, 405, { code: 'route.method_not_allowed' });
    expect(res.headers.allow).toBe('POST');
    const byId = await raw({ method: 'PUT', url: `/api/organizations/${unknownId()}` });
    expectProblem(byId, 405, { code: 'route.method_not_allowed' });
    expect(String(byId.headers.allow).split(', ')).toEqual(expect.arrayContaining(['GET', 'PATCH']));
  });

  it('answer an unknown address with a 404 problem', async () => {
    expectProblem(await raw({ method: 'PATCH', url: '/api/nothing/here' }), 404, { code: 'route.not_found' });
  });
});

describe('requests the HTTP parser refuses', () => {
  it('answer headers too large with a 431 problem', async () => {
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = new URL(address);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(`GET /api/auth/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (d) => {
        text += d.toString();
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(answer.split('\r\n\r\n')[1])).toMatchObject({ status: 431, code: 'request.headers_too_large' });
  });
});
