// The second factor (set-up, sign-in with a code or a recovery code, the policy for admin and head), sessions and their revocation, the notice of a new address, password rules.
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { auditLog, jobs, mailOutbox, recoveryCodes, users } from '../src/server/db/schema/index.ts';
import { SESSION_COOKIE } from '../src/server/platform/auth/sessions.ts';
import { newTotpSecret } from '../src/server/platform/auth/totp.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { TEST_PASSWORD, type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // As in a real deployment: admin and head must use a second factor.
  t = await createTestApp({ configEnv: { SECOND_FACTOR_ROLES: 'admin,head' } });
  // The test administrator has set up a second factor.
  await t.db.update(users).set({ totpSecret: newTotpSecret(), totpEnabledAt: new Date() }).where(eq(users.id, t.users.admin.id));
});
afterAll(async () => t?.close());

const cookieOf = (res: LightMyRequestResponse) => {
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  return token ? `${SESSION_COOKIE}=${token}` : '';
};

function login(email: string, password: string, ip = '192.0.2.1', userAgent = 'Test browser') {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, headers: { 'user-agent': userAgent }, payload: { email, password } });
}
function secondStep(challenge: string, code: string, ip = '192.0.2.1') {
  return t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', remoteAddress: ip, payload: { challenge, code } });
}
function call(cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) {
  return t.app.inject({ method, url, headers: { cookie }, ...(body !== undefined ? { payload: body as object } : {}) });
}

/** A code from the authenticator app, `ahead` steps of 30 seconds from now (the next step is accepted too). */
const codeFor = (secret: string, ahead = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 });

async function newAccount(email: string, role = 'staff', displayName = 'Desk Officer') {
  const password = 'quiet harbour lanterns';
  expectStatus(await t.as('admin', 'POST', '/api/users', { email, displayName, role, password }), 201);
  const first = await login(email, password);
  expectStatus(first, 200);
  return { email, password, cookie: cookieOf(first) };
}

/** Sets up the second factor for a signed-in user; gives the secret and the recovery codes. */
async function enrol(cookie: string) {
  const setup = expectStatus(await call(cookie, 'POST', '/api/account/second-factor/setup'), 200);
  expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Chancery:/);
  expect(setup.qrSvg).toMatch(/^<svg/);
  const confirmed = expectStatus(await call(cookie, 'POST', '/api/account/second-factor/confirm', { code: await codeFor(setup.secret) }), 200);
  return { secret: setup.secret as string, codes: confirmed.recoveryCodes as string[] };
}

describe('the second factor', () => {
  it('a staff member sets it up with a code from the app, then signs in with the password and the next code', async () => {
    const acc = await newAccount('totp.staff@test.example');
    expect(expectStatus(await call(acc.cookie, 'GET', '/api/account/security'), 200).secondFactor).toMatchObject({ on: false, required: false });
    const wrong = await call(acc.cookie, 'POST', '/api/account/second-factor/setup');
    expectStatus(wrong, 200);
    expectProblem(await call(acc.cookie, 'POST', '/api/account/second-factor/confirm', { code: '000000' }), 400, { code: 'auth.wrong_code', field: 'code' });
    const { secret, codes } = await enrol(acc.cookie);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(expectStatus(await call(acc.cookie, 'GET', '/api/account/security'), 200).secondFactor).toMatchObject({ on: true, recoveryCodesLeft: 10 });
    // Only hashes are kept.
    const stored = await t.db.select().from(recoveryCodes);
    for (const c of codes) expect(JSON.stringify(stored)).not.toContain(c);

    // The password alone opens no session.
    const first = expectStatus(await login(acc.email, acc.password), 202);
    expect(first).toEqual({ secondFactor: 'totp', challenge: expect.any(String) });
    expect(cookieOf(await login(acc.email, acc.password))).toBe('');
    expectProblem(await secondStep(first.challenge, '123456'), 400, { code: 'auth.wrong_code', field: 'code' });
    const code = await codeFor(secret, 1);
    const signedIn = await secondStep(first.challenge, code);
    expect(expectStatus(signedIn, 200).user.email).toBe(acc.email);
    expect(cookieOf(signedIn)).not.toBe('');
    // A code is accepted once, and a challenge opens one session.
    expectProblem(await secondStep(first.challenge, code), 401, { code: 'auth.challenge_expired' });
    const again = expectStatus(await login(acc.email, acc.password), 202);
    expectProblem(await secondStep(again.challenge, code), 400, { code: 'auth.wrong_code' });
  });

  it('a recovery code signs in once, and the user sees how many are left', async () => {
    const acc = await newAccount('recovery.staff@test.example');
    const { codes } = await enrol(acc.cookie);
    const a = expectStatus(await login(acc.email, acc.password), 202);
    const session = await secondStep(a.challenge, codes[3].toUpperCase());
    expectStatus(session, 200);
    expect(expectStatus(await call(cookieOf(session), 'GET', '/api/account/security'), 200).secondFactor.recoveryCodesLeft).toBe(9);
    const b = expectStatus(await login(acc.email, acc.password), 202);
    expectProblem(await secondStep(b.challenge, codes[3]), 400, { code: 'auth.wrong_code' });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'user.sign_in'), eq(auditLog.recordId, (await userId(acc.email)))));
    expect(entry).toBeDefined();
  });

  it('five wrong codes end the challenge: the password must be given again', async () => {
    const acc = await newAccount('guessing.staff@test.example');
    const { secret } = await enrol(acc.cookie);
    const c = expectStatus(await login(acc.email, acc.password, '192.0.2.50'), 202);
    for (let i = 0; i < 4; i++) expectProblem(await secondStep(c.challenge, `00000${i}`, '192.0.2.50'), 400);
    expectProblem(await secondStep(c.challenge, '000009', '192.0.2.50'), 401, { code: 'auth.challenge_expired' });
    expectProblem(await secondStep(c.challenge, await codeFor(secret, 1), '192.0.2.50'), 401, { code: 'auth.challenge_expired' });
  });

  it('switching it off and renewing recovery codes ask for the password; each change is audited', async () => {
    const acc = await newAccount('switch.off@test.example');
    await enrol(acc.cookie);
    expectProblem(await call(acc.cookie, 'POST', '/api/account/recovery-codes', { password: 'not my password' }), 400, { code: 'password.wrong', field: 'password' });
    const renewed = expectStatus(await call(acc.cookie, 'POST', '/api/account/recovery-codes', { password: acc.password }), 200);
    expect(renewed.recoveryCodes).toHaveLength(10);
    expectStatus(await call(acc.cookie, 'POST', '/api/account/second-factor/disable', { password: acc.password }), 204);
    expect(expectStatus(await login(acc.email, acc.password), 200).user.email).toBe(acc.email);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.recordId, await userId(acc.email)))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.second_factor_setup', 'user.second_factor_on', 'user.recovery_codes_renew', 'user.second_factor_off']));
  });

  it('an administrator without a second factor is led to set it up: nothing else answers until then, and it cannot be switched off', async () => {
    const acc = await newAccount('new.admin@test.example', 'admin', 'Systems Administrator');
    const me = expectStatus(await call(acc.cookie, 'GET', '/api/auth/me'), 200);
    expect(me.secondFactor).toEqual({ on: false, required: true, mustEnrol: true });
    expectProblem(await call(acc.cookie, 'GET', '/api/users'), 403, { code: 'auth.second_factor_enrolment_required' });
    expectProblem(await call(acc.cookie, 'GET', '/api/organizations'), 403, { code: 'auth.second_factor_enrolment_required' });
    expectStatus(await call(acc.cookie, 'GET', '/api/account/sessions'), 200);
    await enrol(acc.cookie);
    expectStatus(await call(acc.cookie, 'GET', '/api/users'), 200);
    expect(expectStatus(await call(acc.cookie, 'GET', '/api/auth/me'), 200).secondFactor).toEqual({ on: true, required: true, mustEnrol: false });
    expectProblem(await call(acc.cookie, 'POST', '/api/account/second-factor/disable', { password: acc.password }), 400, { code: 'auth.second_factor_required' });
  });

  it('an administrator switches off the second factor of a user who lost the device; the user is signed out', async () => {
    const acc = await newAccount('lost.device@test.example');
    await enrol(acc.cookie);
    const id = await userId(acc.email);
    const res = expectStatus(await t.as('admin', 'PATCH', `/api/users/${id}`, { secondFactor: 'off' }), 200);
    expect(res.secondFactor).toBe(false);
    expectProblem(await call(acc.cookie, 'GET', '/api/auth/me'), 401);
    expectStatus(await login(acc.email, acc.password), 200);
  });
});

describe('sessions', () => {
  it('a user lists their sessions, ends one, and signs out all the others', async () => {
    const acc = await newAccount('many.sessions@test.example');
    const second = cookieOf(await login(acc.email, acc.password, '192.0.2.1', 'Phone'));
    const third = cookieOf(await login(acc.email, acc.password, '192.0.2.1', 'Tablet'));
    const list = expectStatus(await call(acc.cookie, 'GET', '/api/account/sessions'), 200).items as Body[];
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    const phone = list.find((s) => s.userAgent === 'Phone');
    expectStatus(await call(acc.cookie, 'DELETE', `/api/account/sessions/${phone.id}`), 204);
    expectProblem(await call(second, 'GET', '/api/auth/me'), 401);
    // Another user's session is as unknown as a missing one.
    expectProblem(await t.as('staff', 'DELETE', `/api/account/sessions/${list.find((s) => s.userAgent === 'Tablet').id}`), 404, { code: 'session.not_found' });
    expect(expectStatus(await call(acc.cookie, 'POST', '/api/account/sessions/sign-out-others'), 200)).toEqual({ ended: 1 });
    expectProblem(await call(third, 'GET', '/api/auth/me'), 401);
    expectStatus(await call(acc.cookie, 'GET', '/api/auth/me'), 200);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.recordId, await userId(acc.email)))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.session_end', 'user.sessions_end_others']));
  });
});

describe('a sign-in from a new address', () => {
  it('queues an e-mail notice (sent by the mail job after the commit), but not for the first address or a known one', async () => {
    const acc = await newAccount('travelling@test.example');
    const id = await userId(acc.email);
    const mails = () => t.db.select().from(mailOutbox).where(eq(mailOutbox.userId, id));
    expect(await mails()).toHaveLength(0);
    await login(acc.email, acc.password);
    expect(await mails()).toHaveLength(0);
    expectStatus(await login(acc.email, acc.password, '198.51.100.77', 'Hotel computer'), 200);
    const [mail] = await mails();
    expect(mail.subject).toMatch(/new sign-in/);
    expect(mail.textBody).toContain('198.51.100.77');
    expect(mail.textBody).toContain('Hotel computer');
    expect(mail.textBody).toContain('/account/security');
    const queued = await t.db.select().from(jobs).where(eq(jobs.kind, 'mail.send'));
    expect(queued.some((j) => (j.payload as { outboxId: string }).outboxId === mail.id)).toBe(true);
    await login(acc.email, acc.password, '198.51.100.77');
    expect(await mails()).toHaveLength(1);
  });

  it('is worded in the user’s language', async () => {
    const acc = await newAccount('russian.reader@test.example');
    const id = await userId(acc.email);
    expectStatus(await t.as('admin', 'PATCH', `/api/users/${id}`, { language: 'ru' }), 200);
    await login(acc.email, acc.password, '192.0.2.1');
    await login(acc.email, acc.password, '203.0.113.5');
    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.userId, id));
    expect(mail.subject).toMatch(/новый вход/);
  });
});

describe('new passwords', () => {
  const create = (password: string, over: Record<string, unknown> = {}) =>
    t.as('admin', 'POST', '/api/users', { email: 'maria.santos@test.example', displayName: 'Maria Santos', role: 'staff', password, ...over });

  it('are at least 12 characters, not breached, and not made of the e-mail or the name; the problem names the field', async () => {
    expectProblem(await create('short pass'), 400, { field: 'password' });
    expectProblem(await create('qwerty123456'), 400, { code: 'password.breached', field: 'password' });
    expectProblem(await create('football2024!!'), 400, { code: 'password.breached', field: 'password' });
    expectProblem(await create('maria.santos-2026'), 400, { code: 'password.personal', field: 'password' });
    expectProblem(await create('hello santos my friend'), 400, { code: 'password.personal', field: 'password' });
    expectProblem(await create('my chancery password'), 400, { code: 'password.personal', field: 'password' });
    expectStatus(await create('tidal orchid lantern'), 201);
  });

  it('a user changes their own password with the current one; other sessions end', async () => {
    const acc = await newAccount('own.password@test.example');
    const other = cookieOf(await login(acc.email, acc.password));
    expectProblem(await call(acc.cookie, 'PUT', '/api/account/password', { currentPassword: 'wrong one', newPassword: 'granite meadow whistle' }), 400, { code: 'password.wrong', field: 'currentPassword' });
    expectProblem(await call(acc.cookie, 'PUT', '/api/account/password', { currentPassword: acc.password, newPassword: 'iloveyou2024' }), 400, { code: 'password.breached', field: 'newPassword' });
    expectProblem(await call(acc.cookie, 'PUT', '/api/account/password', { currentPassword: acc.password, newPassword: 'short' }), 400, { field: 'newPassword' });
    expectStatus(await call(acc.cookie, 'PUT', '/api/account/password', { currentPassword: acc.password, newPassword: 'granite meadow whistle' }), 204);
    expectProblem(await call(other, 'GET', '/api/auth/me'), 401);
    expectStatus(await call(acc.cookie, 'GET', '/api/auth/me'), 200);
    expectStatus(await login(acc.email, 'granite meadow whistle'), 200);
  });

  it('wrong current passwords count as failed sign-ins: a stolen session cannot guess the password', async () => {
    const acc = await newAccount('guessed.password@test.example');
    for (let i = 0; i < 5; i++) {
      expectProblem(await call(acc.cookie, 'PUT', '/api/account/password', { currentPassword: `guess number ${i}`, newPassword: 'granite meadow whistle' }), 400, { code: 'password.wrong' });
    }
    expectProblem(await call(acc.cookie, 'PUT', '/api/account/password', { currentPassword: acc.password, newPassword: 'granite meadow whistle' }), 429, { code: 'auth.throttled' });
    expectProblem(await call(acc.cookie, 'POST', '/api/account/recovery-codes', { password: acc.password }), 429, { code: 'auth.throttled' });
  });

  it('test accounts keep signing in with their password', async () => {
    expectStatus(await login('staff@test.example', TEST_PASSWORD), 200);
  });
});

describe('the setting', () => {
  it('on the demo dataset requires no second factor unless SECOND_FACTOR_ROLES names the roles', async () => {
    for (const [env, mustEnrol] of [
      [{}, false],
      [{ SECOND_FACTOR_ROLES: 'head' }, true],
    ] as const) {
      const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', ...env }), database: t.database, logger: false, demoMode: true });
      try {
        const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: t.users.head.cookie } });
        expect(expectStatus(res, 200).secondFactor.mustEnrol, JSON.stringify(env)).toBe(mustEnrol);
      } finally {
        await app.close();
      }
    }
  });

  it('names the roles, or none; anything else stops the start', () => {
    expect(loadConfig({ SECOND_FACTOR_ROLES: 'admin, head,staff' }).secondFactorRoles).toEqual(['admin', 'head', 'staff']);
    expect(loadConfig({ SECOND_FACTOR_ROLES: 'none' }).secondFactorRoles).toEqual([]);
    expect(loadConfig({}).secondFactorRoles).toBeUndefined();
    expect(() => loadConfig({ SECOND_FACTOR_ROLES: 'admin,king' })).toThrow(/Invalid setting SECOND_FACTOR_ROLES/);
  });
});

async function userId(email: string) {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u.id;
}
