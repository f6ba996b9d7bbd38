// Route policies: an app without one on a route does not start, and every real route declares and enforces one.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, webRoot } from '../src/server/app.ts';
import { MissingRoutePolicyError } from '../src/server/platform/http/route-policy.ts';
import type { Role } from '../src/shared/common.ts';
import { expectProblem, expectStatus, unknownId } from './support/http.ts';
import { registeredRoutes, routeKey } from './support/routes.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Every route the app under test registers, with its declared policy, from its route table. */
const routesOfMainApp = () => registeredRoutes(t.app);
const concrete = (url: string) => url.replace(/:id/g, unknownId());

/** The documentation UI and the built web app's files are served outside the policed API scope, on purpose. */
const isDocsOrWebFile = (url: string) =>
  url === '/api/docs' ||
  url.startsWith('/api/docs/') ||
  url === '/' ||
  // Files of the web app as built when the app started (a rebuild since may have renamed them).
  (!url.startsWith('/api/') && !['/healthz', '/readyz'].includes(url) && (url === '/index.html' || url.startsWith('/assets/') || fs.existsSync(path.join(webRoot, url))));

describe('route policies', () => {
  it('refuses to build an app with a route that declares no access policy', async () => {
    const attempt = buildApp({
      config: t.config,
      database: t.database,
      logger: false,
      register: async (api) => {
        api.get('/api/x', { handler: async () => ({ leaked: true }) });
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(MissingRoutePolicyError);
    await expect(attempt).rejects.toThrow(/GET \/api\/x declares no access policy/);
  });

  it('enforces a policy declared by an extra route module', async () => {
    const app = await buildApp({
      config: t.config,
      database: t.database,
      logger: false,
      register: async (api) => {
        api.get('/api/x-admins', { config: { policy: { access: 'roles', roles: ['admin'] } }, handler: async () => ({ ok: true }) });
        api.get('/api/x-public', { config: { policy: { access: 'public' } }, handler: async () => ({ ok: true }) });
      },
    });
    try {
      const get = (url: string, who: Who) => app.inject({ method: 'GET', url, headers: t.users[who].cookie ? { cookie: t.users[who].cookie } : {} });
      expectProblem(await get('/api/x-admins', 'anonymous'), 401, { code: 'auth.required' });
      expectProblem(await get('/api/x-admins', 'head'), 403, { code: 'access.forbidden' });
      expect(expectStatus(await get('/api/x-admins', 'admin'), 200)).toEqual({ ok: true });
      expect(expectStatus(await get('/api/x-public', 'anonymous'), 200)).toEqual({ ok: true });
    } finally {
      await app.close();
    }
  });

  it('every route of the real app declares who may call it', () => {
    const main = routesOfMainApp();
    const keys = main.map(routeKey);
    for (const expected of [
      'GET /healthz',
      'GET /readyz',
      'POST /api/auth/login',
      'GET /api/auth/me',
      'GET /api/users',
      'PATCH /api/users/:id',
      'GET /api/audit',
      'GET /api/organizations',
      'POST /api/people/:id/archive',
      'POST /api/delegations/:id/restore',
      'PATCH /api/parties/:id',
      'GET /api/openapi.json',
    ]) {
      expect(keys).toContain(expected);
    }
    // The table misses nothing the API describes.
    const documented = Object.entries(t.app.swagger().paths ?? {}).flatMap(([url, ops]) =>
      Object.keys(ops ?? {}).map((method) => `${method.toUpperCase()} ${url.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThanOrEqual(100);
    expect(documented.filter((k) => !keys.includes(k))).toEqual([]);
    const unpoliced = main.filter((r) => !r.policy).map(routeKey);
    expect(unpoliced.filter((k) => !isDocsOrWebFile(k.split(' ')[1]))).toEqual([]);
  });

  it('answers 401 with a problem to anyone not signed in on every route that needs a signed-in user', async () => {
    const guarded = routesOfMainApp().filter((r) => r.policy && r.policy.access !== 'public');
    expect(guarded.length).toBeGreaterThanOrEqual(20);
    for (const r of guarded) {
      const res = await t.app.inject({ method: r.method as 'GET', url: concrete(r.url), ...(r.method === 'GET' ? {} : { payload: {} }) });
      expectProblem(res, 401, { code: 'auth.required' });
    }
  });

  it('answers 403 on role-only routes to every signed-in role not listed', async () => {
    const byRole = routesOfMainApp().filter((r) => r.policy?.access === 'roles');
    expect(byRole.map(routeKey)).toEqual(
      expect.arrayContaining(['GET /api/audit', 'GET /api/users', 'PATCH /api/users/:id', 'POST /api/users']),
    );
    const whoHasRole: Record<Exclude<Who, 'anonymous'>, Role> = {
      admin: 'admin',
      head: 'head',
      staff: 'staff',
      staff2: 'staff',
      delegateId: 'delegate',
      delegateVn: 'delegate',
      liaisonSco: 'liaison',
    };
    for (const r of byRole) {
      const roles = (r.policy as { roles: readonly Role[] }).roles;
      for (const [who, role] of Object.entries(whoHasRole) as [Who, Role][]) {
        if (roles.includes(role)) continue;
        // A valid body, so the refusal cannot come from validation.
        const body = r.method === 'POST' ? { email: 'new.user@test.example', displayName: 'New', role: 'staff', password: 'long enough password' } : { displayName: 'Renamed' };
        const res = await t.as(who, r.method as 'GET', concrete(r.url), r.method === 'GET' ? undefined : body);
        expectProblem(res, 403, { code: 'access.forbidden' });
      }
    }
    expect((await t.as('staff', 'GET', '/api/users')).statusCode).toBe(403);
    expect((await t.as('delegateId', 'GET', '/api/audit')).statusCode).toBe(403);
    expect((await t.as('head', 'GET', '/api/audit')).statusCode).toBe(200);
    expect((await t.as('admin', 'GET', '/api/users')).statusCode).toBe(200);
  });

  it('refuses a caller without the role before looking at the input, so the input rules stay private', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/users', { email: 'not an address', role: 'emperor' }), 403, { code: 'access.forbidden' });
    expectProblem(await t.as('anonymous', 'PATCH', `/api/organizations/${unknownId()}`, { kind: 'not a kind' }), 401, { code: 'auth.required' });
  });
});
