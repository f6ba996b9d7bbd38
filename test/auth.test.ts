// Signing in: one answer for every wrong credential, the session cookie, throttling, cross-site refusal, security headers.
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { eq, like, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { loginAttempts, organizations, sessions, users } from '../src/server/db/schema/index.ts';
import { SESSION_COOKIE } from '../src/server/platform/auth/sessions.ts';
import { meSchema } from '../src/shared/auth.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { TEST_PASSWORD, type TestApp, type Who, createTestApp } from './support/test-app.ts';

// No session cache: the expiry tests move a session's clocks in the database behind the server's back.
const SETTINGS = { LOGIN_MAX_FAILURES: '3', LOGIN_WINDOW_MINUTES: '15', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2', SESSION_CACHE_SECONDS: '0' };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ configEnv: SETTINGS });
});
afterAll(async () => t?.close());

type Attempt = { email: string; password: string; ip?: string; cookie?: string; headers?: Record<string, string> };

function login(a: Attempt, app = t.app) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: a.ip ?? '192.0.2.1',
    headers: { ...(a.cookie ? { cookie: a.cookie } : {}), ...a.headers },
    payload: { email: a.email, password: a.password },
  });
}

const sessionToken = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
const cookieOf = (token: string | undefined) => `${SESSION_COOKIE}=${token}`;
const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');
const me = (cookie: string, app = t.app) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

/** An account made through the admin API, so its password is known. */
async function newAccount(email: string, password = 'a perfectly long password') {
  const res = await t.as('admin', 'POST', '/api/users', { email, displayName: email.split('@')[0], role: 'staff', password });
  return { id: expectStatus(res, 201).id as string, email, password };
}

describe('signing in', () => {
  it('accepts the e-mail address in any letter case and opens a working session', async () => {
    const res = await login({ email: '  STAFF@Test.Example ', password: TEST_PASSWORD });
    const body = expectStatus(res, 200);
    expect(body.user).toMatchObject({ id: t.users.staff.id, email: 'staff@test.example', role: 'staff' });
    const token = sessionToken(res);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(expectStatus(await me(cookieOf(token)), 200).user.id).toBe(t.users.staff.id);
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sessionId(token!)));
    expect(row).toMatchObject({ userId: t.users.staff.id, ip: '192.0.2.1' });
    // Only the hash of the token is kept.
    expect(JSON.stringify(await t.db.select().from(sessions))).not.toContain(token);
  });

  it('gives a wrong password and an unknown e-mail the very same 401 answer', async () => {
    const wrong = await login({ email: 'head@test.example', password: 'not the password', ip: '192.0.2.10' });
    const unknown = await login({ email: 'nobody@test.example', password: 'not the password', ip: '192.0.2.11' });
    expectProblem(wrong, 401, { code: 'auth.invalid_credentials' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a disabled account with the same answer, and ends the sessions it had', async () => {
    const acc = await newAccount('soon.disabled@test.example');
    const first = await login({ email: acc.email, password: acc.password });
    const cookie = cookieOf(sessionToken(first));
    expectStatus(await me(cookie), 200);
    expectStatus(await t.as('admin', 'PATCH', `/api/users/${acc.id}`, { disabled: true }), 200);
    expectProblem(await me(cookie), 401, { code: 'auth.required' });
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, acc.id))).toHaveLength(0);
    const refused = await login({ email: acc.email, password: acc.password, ip: '192.0.2.20' });
    const wrong = await login({ email: 'head@test.example', password: 'still not it', ip: '192.0.2.21' });
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toBe(wrong.body);
  });

  it('stores passwords only as argon2id hashes', async () => {
    await newAccount('hashed@test.example', 'correct battery horse staple');
    const rows = await t.db.select({ email: users.email, hash: users.passwordHash }).from(users);
    expect(rows.length).toBeGreaterThan(7);
    for (const r of rows) expect(r.hash, r.email).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(rows)).not.toContain('correct battery horse staple');
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, and lasts as long as a session may', async () => {
    const res = await login({ email: 'staff2@test.example', password: TEST_PASSWORD });
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(header).toMatch(/; HttpOnly/i);
    expect(header).toMatch(/; SameSite=Lax/i);
    expect(header).toMatch(/; Path=\//);
    expect(header).toMatch(/; Max-Age=7200/);
    expect(header).not.toMatch(/; Secure/i);
  });

  it('is Secure when the public address is https', async () => {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', ...SETTINGS, PUBLIC_URL: 'https://x.example' }), database: t.database, logger: false });
    try {
      const res = await login({ email: 'staff2@test.example', password: TEST_PASSWORD }, app);
      expectStatus(res, 200);
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/i);
      // A browser on the public address is not taken for a cross-site caller.
      const created = await app.inject({
        method: 'POST',
        url: '/api/organizations',
        headers: { cookie: cookieOf(sessionToken(res)), origin: 'https://x.example' },
        payload: { names: { en: 'Made from the public address' }, kind: 'other' },
      });
      expectStatus(created, 201);
    } finally {
      await app.close();
    }
  });

  it('changes on every sign-in, and signing in again ends the session the browser had', async () => {
    const a = sessionToken(await login({ email: 'admin@test.example', password: TEST_PASSWORD }));
    const b = sessionToken(await login({ email: 'admin@test.example', password: TEST_PASSWORD }));
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);
    // Two browsers, two sessions.
    expectStatus(await me(cookieOf(a)), 200);
    expectStatus(await me(cookieOf(b)), 200);
    // The same browser signing in again gets a fresh id; the old one stops working.
    const c = sessionToken(await login({ email: 'admin@test.example', password: TEST_PASSWORD, cookie: cookieOf(a) }));
    expect(c).not.toBe(a);
    expectProblem(await me(cookieOf(a)), 401);
    expectStatus(await me(cookieOf(c)), 200);
  });

  it('stops working after signing out', async () => {
    const token = sessionToken(await login({ email: 'head@test.example', password: TEST_PASSWORD }));
    const cookie = cookieOf(token);
    expectStatus(await me(cookie), 200);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)`));
    expectProblem(await me(cookie), 401, { code: 'auth.required' });
    expect(await t.db.select().from(sessions).where(eq(sessions.id, sessionId(token!)))).toHaveLength(0);
  });

  it('expires after the idle time, and is kept alive by use before that', async () => {
    const token = sessionToken(await login({ email: 'delegateId@test.example', password: TEST_PASSWORD }))!;
    const id = sessionId(token);
    await t.db.execute(sql`update sessions set last_seen_at = now() - interval '10 minutes' where id = ${id}`);
    expectStatus(await me(cookieOf(token)), 200);
    const [touched] = await t.db.select().from(sessions).where(eq(sessions.id, id));
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);

    await t.db.execute(sql`update sessions set last_seen_at = now() - interval '31 minutes' where id = ${id}`);
    expectProblem(await me(cookieOf(token)), 401);
    expect(await t.db.select().from(sessions).where(eq(sessions.id, id))).toHaveLength(0);
  });

  it('expires after the maximum lifetime even while in use', async () => {
    const token = sessionToken(await login({ email: 'delegateVn@test.example', password: TEST_PASSWORD }))!;
    const id = sessionId(token);
    await t.db.execute(sql`update sessions set created_at = now() - interval '119 minutes', last_seen_at = now() where id = ${id}`);
    expectStatus(await me(cookieOf(token)), 200);
    await t.db.execute(sql`update sessions set created_at = now() - interval '121 minutes', last_seen_at = now() where id = ${id}`);
    expectProblem(await me(cookieOf(token)), 401);
  });
});

describe('throttling failed sign-ins', () => {
  it('delays an account from the address that keeps failing, while the right password from a clean address gets through', async () => {
    const acc = await newAccount('throttled@test.example');
    for (let i = 0; i < 3; i++) expectProblem(await login({ email: acc.email, password: `wrong ${i}`, ip: '198.51.100.1' }), 401);
    const locked = expectProblem(await login({ email: acc.email, password: acc.password, ip: '198.51.100.1' }), 429, { code: 'auth.throttled' });
    expect(locked.detail).toBeTruthy();
    // Another address is not held back by someone else's guesses: the owner signs in.
    expectStatus(await login({ email: acc.email.toUpperCase(), password: acc.password, ip: '198.51.100.2' }), 200);
    // Someone else, from elsewhere, signs in normally.
    expectStatus(await login({ email: 'head@test.example', password: TEST_PASSWORD, ip: '198.51.100.3' }), 200);
    // The guessing address still waits, even with the right password.
    expectProblem(await login({ email: acc.email, password: acc.password, ip: '198.51.100.1' }), 429);
  });

  it('makes the guessing pair wait longer after each further failure', async () => {
    const acc = await newAccount('growing@test.example');
    const waits: (number | null)[] = [];
    for (const n of [2, 3, 4, 5, 6]) {
      const ip = `198.51.100.${40 + n}`;
      const key = `pair:${JSON.stringify([acc.email, ip])}`;
      await t.db.insert(loginAttempts).values(Array.from({ length: n }, () => ({ key })));
      const res = await login({ email: acc.email, password: 'wrong', ip });
      waits.push(res.statusCode === 429 ? Number(/Wait (\d+) minute/.exec(res.json().detail)?.[1]) : null);
    }
    expect(waits).toEqual([null, 1, 2, 4, 8]);
  });

  it('refuses, past a looser account ceiling, the addresses that failed on it, but lets a clean address through', async () => {
    const acc = await newAccount('ceiling@test.example');
    // 30 failures (ten times a pair's limit) spread over 15 addresses, two each: no pair is delayed yet.
    for (let i = 0; i < 15; i++) for (let j = 0; j < 2; j++) expectProblem(await login({ email: acc.email, password: `wrong ${j}`, ip: `192.0.2.${i + 1}` }), 401);
    expectProblem(await login({ email: acc.email, password: acc.password, ip: '192.0.2.1' }), 429, { code: 'auth.throttled' });
    expectStatus(await login({ email: acc.email, password: acc.password, ip: '192.0.2.200' }), 200);
  });

  it('lifts a lock once the failures are older than the window, and clears the account on success', async () => {
    const acc = await newAccount('lifted@test.example');
    for (let i = 0; i < 6; i++) await login({ email: acc.email, password: `wrong ${i}`, ip: '198.51.100.50' });
    expectProblem(await login({ email: acc.email, password: acc.password, ip: '198.51.100.50' }), 429);
    await t.db.execute(sql`update login_attempts set at = now() - interval '16 minutes' where key like ${`%${acc.email}%`}`);
    expectStatus(await login({ email: acc.email, password: acc.password, ip: '198.51.100.50' }), 200);
    expect(await t.db.select().from(loginAttempts).where(like(loginAttempts.key, `%${acc.email}%`))).toHaveLength(0);
  });

  it('shows the administrator the lockouts in force, and no one else', async () => {
    const acc = await newAccount('shown@test.example');
    for (let i = 0; i < 3; i++) await login({ email: acc.email, password: 'wrong', ip: '198.51.100.60' });
    const list = expectStatus(await t.as('admin', 'GET', '/api/users/lockouts'), 200).items;
    const mine = list.find((l: Body) => l.email === acc.email);
    expect(mine).toMatchObject({ kind: 'pair', address: '198.51.100.60', failures: 3 });
    expect(new Date(mine.lockedUntil).getTime()).toBeGreaterThan(Date.now());
    for (const who of ['head', 'staff', 'delegateId'] as const) expectProblem(await t.as(who, 'GET', '/api/users/lockouts'), 403);
  });

  it('answers a locked unknown e-mail exactly like a locked real account', async () => {
    const acc = await newAccount('locked.real@test.example');
    for (let i = 0; i < 3; i++) {
      await login({ email: acc.email, password: 'wrong', ip: '198.51.100.20' });
      await login({ email: 'locked.ghost@test.example', password: 'wrong', ip: '198.51.100.21' });
    }
    const real = await login({ email: acc.email, password: acc.password, ip: '198.51.100.20' });
    const ghost = await login({ email: 'locked.ghost@test.example', password: acc.password, ip: '198.51.100.21' });
    expectProblem(real, 429);
    expect(ghost.statusCode).toBe(429);
    expect(ghost.body).toBe(real.body);
  });

  it('locks an address that tries many accounts, leaving other addresses alone', async () => {
    for (let i = 0; i < 12; i++) expectProblem(await login({ email: `spray${i}@test.example`, password: 'guess', ip: '203.0.113.9' }), 401);
    expectProblem(await login({ email: 'liaisonSco@test.example', password: TEST_PASSWORD, ip: '203.0.113.9' }), 429);
    expectStatus(await login({ email: 'liaisonSco@test.example', password: TEST_PASSWORD, ip: '203.0.113.10' }), 200);
  });
});

describe('cross-site requests', () => {
  const post = (headers: Record<string, string>, name: string) =>
    t.app.inject({ method: 'POST', url: '/api/organizations', headers: { cookie: t.users.staff.cookie, ...headers }, payload: { names: { en: name }, kind: 'other' } });
  const exists = async (name: string) => (await t.db.select().from(organizations).where(eq(organizations.nameEn, name))).length > 0;

  it('refuses a state-changing request from another origin, and one the browser marks cross-site', async () => {
    expectProblem(await post({ origin: 'https://evil.example' }, 'From evil'), 403, { code: 'request.cross_site' });
    expectProblem(await post({ 'sec-fetch-site': 'cross-site' }, 'From a cross-site form'), 403, { code: 'request.cross_site' });
    expectProblem(await post({ origin: 'null' }, 'From a sandboxed frame'), 403, { code: 'request.cross_site' });
    expect(await exists('From evil')).toBe(false);
    expect(await exists('From a cross-site form')).toBe(false);
    // Signing in from another site is refused too (login CSRF).
    expectProblem(await login({ email: 'staff@test.example', password: TEST_PASSWORD, headers: { origin: 'https://evil.example' } }), 403, {
      code: 'request.cross_site',
    });
  });

  it('accepts the same origin, clients that send no Origin, and reads from anywhere', async () => {
    const probe = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(probe.statusCode).toBe(200);
    expectStatus(await post({ origin: 'http://localhost:80' }, 'Same origin'), 201);
    expectStatus(await post({ 'sec-fetch-site': 'same-origin' }, 'Same origin, no Origin header'), 201);
    expectStatus(await post({}, 'A script without a browser'), 201);
    expectStatus(await t.app.inject({ method: 'GET', url: '/api/organizations', headers: { cookie: t.users.staff.cookie, origin: 'https://evil.example' } }), 200);
  });
});

describe('security headers', () => {
  it.each(['/', '/api/organizations', '/api/does-not-exist', '/healthz'])('are sent on %s', async (url) => {
    const res = await t.app.inject({ method: 'GET', url });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('who am I', () => {
  const table: [Who, { modules: string[]; notModules: string[]; manageUsers: boolean; viewAudit: boolean; editDirectory: boolean; classifications: string[] }][] = [
    ['admin', { modules: ['directory', 'audit', 'admin'], notModules: [], manageUsers: true, viewAudit: true, editDirectory: true, classifications: ['public', 'mission', 'shared', 'restricted'] }],
    ['head', { modules: ['directory', 'audit'], notModules: ['admin'], manageUsers: false, viewAudit: true, editDirectory: true, classifications: ['public', 'mission', 'shared', 'restricted'] }],
    ['staff', { modules: ['directory'], notModules: ['audit', 'admin'], manageUsers: false, viewAudit: false, editDirectory: true, classifications: ['public', 'mission', 'shared', 'restricted'] }],
    ['delegateId', { modules: ['directory'], notModules: ['audit', 'admin'], manageUsers: false, viewAudit: false, editDirectory: false, classifications: [] }],
    ['liaisonSco', { modules: ['directory'], notModules: ['audit', 'admin'], manageUsers: false, viewAudit: false, editDirectory: false, classifications: [] }],
  ];

  it.each(table)('tells %s who they are and what they may do', async (who, expected) => {
    const body = expectStatus(await t.as(who, 'GET', '/api/auth/me'), 200);
    expect(meSchema.strict().safeParse(body).success).toBe(true);
    const u = t.users[who];
    expect(body.user).toEqual({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      language: expect.any(String),
      role: u.role,
      partyCode: u.partyCode,
      organizationId: u.organizationId,
      organizationName: who === 'liaisonSco' ? 'SCO Secretariat' : null,
    });
    expect(body.abilities.modules).toEqual(expect.arrayContaining(expected.modules));
    for (const m of expected.notModules) expect(body.abilities.modules).not.toContain(m);
    expect(body.abilities).toMatchObject({
      manageUsers: expected.manageUsers,
      viewAudit: expected.viewAudit,
      editDirectory: expected.editDirectory,
      classifications: expected.classifications,
    });
    expect(body.demo).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/password/i);
  });

  it('asks someone not signed in to sign in', async () => {
    expectProblem(await t.as('anonymous', 'GET', '/api/auth/me'), 401, { code: 'auth.required' });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${SESSION_COOKIE}=made-up` } }), 401);
  });

  it('remembers the language chosen', async () => {
    const res = expectStatus(await t.as('liaisonSco', 'PUT', '/api/auth/me/preferences', { language: 'ru' }), 200);
    expect(res.user.language).toBe('ru');
    expect(expectStatus(await t.as('liaisonSco', 'GET', '/api/auth/me'), 200).user.language).toBe('ru');
    const [row] = await t.db.select({ language: users.language }).from(users).where(eq(users.id, t.users.liaisonSco.id));
    expect(row.language).toBe('ru');
    expectProblem(await t.as('liaisonSco', 'PUT', '/api/auth/me/preferences', { language: 'fr' }), 400, { field: 'language' });
    expectProblem(await t.as('anonymous', 'PUT', '/api/auth/me/preferences', { language: 'ru' }), 401);
  });
});

describe('logs', () => {
  it('never contain a password or a session cookie', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({ config: loadConfig({ ...SETTINGS, LOG_LEVEL: 'trace' }), database: t.database, logger: { level: 'trace', stream } });
    const secret = 'log-test password that must not leak';
    try {
      const acc = await newAccount('logged@test.example', secret);
      const ok = await login({ email: 'logged@test.example', password: secret, ip: '192.0.2.77' }, app);
      const token = sessionToken(ok)!;
      expect(token).toBeTruthy();
      expectStatus(await me(cookieOf(token), app), 200);
      await login({ email: 'logged@test.example', password: `${secret} (wrong)`, ip: '192.0.2.77' }, app);
      await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: cookieOf(token) } });
      await app.inject({ method: 'PATCH', url: `/api/users/${acc.id}`, headers: { cookie: t.users.admin.cookie }, payload: { password: `${secret} 2` } });
      // A write the database refuses: the failed query carries the new password's hash.
      const refused = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: t.users.admin.cookie },
        payload: { email: 'refused@test.example', displayName: 'Nul\u0000Name', role: 'staff', password: secret },
      });
      if (refused.statusCode === 500) expect(lines.join('')).toContain('unhandled error');
    } finally {
      await app.close();
    }
    const text = lines.join('');
    expect(text).toContain('/api/auth/login');
    expect(text).not.toContain(secret);
    expect(text).not.toContain(SESSION_COOKIE);
    expect(text).not.toContain(t.users.admin.cookie.split('=')[1]);
    expect(text).not.toMatch(/\$argon2/);
    for (const line of lines) expect(() => JSON.parse(line) as Body).not.toThrow();
  });
});
