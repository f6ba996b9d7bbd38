// API tokens: made once with the password, used as a bearer by a script within its account's role and access, read-only scope, expiry, revocation, service accounts, the audit naming the token; CORS preflights.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog, users } from '../src/server/db/schema/index.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { TEST_PASSWORD, type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ configEnv: { CORS_ORIGINS: 'https://dashboard.example.org' } });
});
afterAll(async () => t?.close());

function bearer(secret: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({ method, url, headers: { authorization: `Bearer ${secret}`, ...headers }, ...(body !== undefined ? { payload: body as object } : {}) });
}
async function ownToken(who: Who, body: Record<string, unknown> = {}) {
  return expectStatus(await t.as(who, 'POST', '/api/account/tokens', { name: 'Nightly report', password: TEST_PASSWORD, ...body }), 201);
}
const org = (names: { en: string }, extra: Record<string, unknown> = {}) => ({ kind: 'agency', names, classification: 'mission', ...extra });

describe('a personal API token', () => {
  it('is shown once, stored only as a hash, and acts as its owner within their role', async () => {
    const created = await ownToken('staff');
    expect(created.secret).toMatch(/^chy_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({ name: 'Nightly report', readOnly: false, revokedAt: null, prefix: created.secret.slice(0, 8) });
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, created.token.id));
    expect(row.tokenHash).not.toContain(created.secret);
    expect(JSON.stringify(expectStatus(await t.as('staff', 'GET', '/api/account/tokens'), 200))).not.toContain(created.secret);

    const made = expectStatus(await bearer(created.secret, 'POST', '/api/organizations', org({ en: 'Token Made Agency' })), 201);
    expect(made.names.en).toBe('Token Made Agency');
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.recordId, made.id));
    expect(entry.actorId).toBe(t.users.staff.id);
    expect(entry.actorLabel).toContain('via API token "Nightly report"');
    // Staff may not administer accounts, with a token as without.
    expectProblem(await bearer(created.secret, 'GET', '/api/users'), 403);
  });

  it("sees through the access policy exactly what its owner sees", async () => {
    const hidden = expectStatus(await t.as('staff', 'POST', '/api/organizations', org({ en: 'Mission Only Agency' })), 201);
    const shared = expectStatus(
      await t.as('staff', 'POST', '/api/organizations', org({ en: 'Shared With Indonesia Agency' }, { classification: 'shared', sharedWith: { parties: ['ID'] } })),
      201,
    );
    const { secret } = await ownToken('delegateId');
    expectStatus(await bearer(secret, 'GET', `/api/organizations/${shared.id}`), 200);
    expectProblem(await bearer(secret, 'GET', `/api/organizations/${hidden.id}`), 404);
    const list: Body = expectStatus(await bearer(secret, 'GET', '/api/organizations?q=Agency&limit=100'), 200);
    const ids = list.items.map((o: Body) => o.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(hidden.id);
  });

  it('needs the password, a name, and a session: a token cannot make another token', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/account/tokens', { name: 'X', password: 'not the password' }), 400, { field: 'password' });
    expectProblem(await t.as('staff', 'POST', '/api/account/tokens', { name: ' ', password: TEST_PASSWORD }), 400, { field: 'name' });
    expectProblem(await t.as('staff', 'POST', '/api/account/tokens', { name: 'Y', password: TEST_PASSWORD, expiresInDays: 0 }), 400, { field: 'expiresInDays' });
    const { secret } = await ownToken('staff');
    expectProblem(await bearer(secret, 'POST', '/api/account/tokens', { name: 'child', password: TEST_PASSWORD }), 403, { code: 'auth.token_cannot_mint' });
  });

  it('with the read-only scope reads and is refused any change, with nothing written', async () => {
    const { secret } = await ownToken('staff', { readOnly: true });
    expectStatus(await bearer(secret, 'GET', '/api/organizations?limit=1'), 200);
    const before = (await t.db.select().from(auditLog)).length;
    expectProblem(await bearer(secret, 'POST', '/api/organizations', org({ en: 'Never Written Agency' })), 403, { code: 'auth.read_only_token' });
    expect((await t.db.select().from(auditLog)).length).toBe(before);
  });

  it('stops working when revoked, expired, or its account is disabled; a wrong one is 401', async () => {
    const a = await ownToken('staff2');
    expectStatus(await t.as('staff2', 'DELETE', `/api/account/tokens/${a.token.id}`), 204);
    expectProblem(await bearer(a.secret, 'GET', '/api/organizations'), 401, { code: 'auth.invalid_token' });
    const listed = expectStatus<Body>(await t.as('staff2', 'GET', '/api/account/tokens'), 200).items.find((x: Body) => x.id === a.token.id);
    expect(listed.revokedAt).not.toBeNull();
    // Another user's token cannot be revoked through one's own list.
    const b = await ownToken('staff');
    expectProblem(await t.as('staff2', 'DELETE', `/api/account/tokens/${b.token.id}`), 404);

    const c = await ownToken('head', { expiresInDays: 1 });
    await t.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, c.token.id));
    expectProblem(await bearer(c.secret, 'GET', '/api/organizations'), 401);

    expectProblem(await bearer('chy_' + 'x'.repeat(43), 'GET', '/api/organizations'), 401);
    expectProblem(await bearer('not-a-token', 'GET', '/api/organizations'), 401);
  });

  it('records when it was last used', async () => {
    const { secret, token } = await ownToken('staff');
    expect(token.lastUsedAt).toBeNull();
    expectStatus(await bearer(secret, 'GET', '/api/organizations?limit=1'), 200);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row.lastUsedAt).not.toBeNull();
  });
});

describe('service accounts', () => {
  it('are made by the administrator without a password, cannot sign in, and act through their tokens', async () => {
    const sa = expectStatus(
      await t.as('admin', 'POST', '/api/users', { email: 'reporting.robot@test.example', displayName: 'Reporting robot', role: 'staff', service: true }),
      201,
    );
    expect(sa.service).toBe(true);
    // No password sign-in, whatever is tried.
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'reporting.robot@test.example', password: TEST_PASSWORD } }), 401);
    // Tokens for people are made by the people themselves.
    expectProblem(await t.as('admin', 'POST', `/api/users/${t.users.staff.id}/tokens`, { name: 'x' }), 400, { field: 'userId' });
    expectProblem(await t.as('staff', 'POST', `/api/users/${sa.id}/tokens`, { name: 'x' }), 403);
    const made = expectStatus(await t.as('admin', 'POST', `/api/users/${sa.id}/tokens`, { name: 'Weekly export', readOnly: true }), 201);
    expect(made.token.user).toMatchObject({ id: sa.id, service: true });
    expectStatus(await bearer(made.secret, 'GET', '/api/organizations?limit=1'), 200);

    const all = expectStatus<Body>(await t.as('admin', 'GET', '/api/tokens'), 200);
    expect(all.items.map((x: Body) => x.id)).toContain(made.token.id);
    expectProblem(await t.as('staff', 'GET', '/api/tokens'), 403);

    // Disabling the account stops its tokens.
    expectStatus(await t.as('admin', 'PATCH', `/api/users/${sa.id}`, { disabled: true }), 200);
    expectProblem(await bearer(made.secret, 'GET', '/api/organizations?limit=1'), 401);
    // The administrator revokes any token.
    expectStatus(await t.as('admin', 'DELETE', `/api/tokens/${made.token.id}`), 204);
    const [row] = await t.db.select().from(users).where(eq(users.id, sa.id));
    expect(row.service).toBe(true);
  });

  it('a person (not a service account) must still give a password', async () => {
    expectProblem(await t.as('admin', 'POST', '/api/users', { email: 'no.password@test.example', displayName: 'No Password', role: 'staff' }), 400, { field: 'password' });
  });
});

describe('cross-origin calls', () => {
  const preflight = (origin: string) =>
    t.app.inject({ method: 'OPTIONS', url: '/api/organizations', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });

  it('answer a listed origin’s preflight with what it may send', async () => {
    const res = await preflight('https://dashboard.example.org');
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('give an unlisted origin no permission, so its browser stops', async () => {
    const res = await preflight('https://evil.example.com');
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('from a listed origin with a token work; with the session cookie they stay refused', async () => {
    const { secret } = await ownToken('staff');
    const res = await bearer(secret, 'POST', '/api/organizations', org({ en: 'Cross Origin Agency' }), { origin: 'https://dashboard.example.org' });
    expectStatus(res, 201);
    expect(res.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
    const cookie = t.users.staff.cookie;
    const refused = await t.app.inject({ method: 'POST', url: '/api/organizations', headers: { cookie, origin: 'https://dashboard.example.org' }, payload: org({ en: 'Cookie Agency' }) });
    expectProblem(refused, 403, { code: 'request.cross_site' });
  });
});
