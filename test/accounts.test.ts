// Accounts: creating, listing and changing them, and who may.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../src/server/db/schema/index.ts';
import { SESSION_COOKIE } from '../src/server/platform/auth/sessions.ts';
import { userSchema } from '../src/shared/admin.ts';
import { type Body, expectProblem, expectStatus, handmadeCursor, unknownId } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const PASSWORD = 'a sufficiently long password';
const newUser = (over: Record<string, unknown> = {}) => ({ email: `user.${Math.random().toString(36).slice(2)}@test.example`, displayName: 'New Officer', role: 'staff', password: PASSWORD, ...over });

async function signIn(email: string, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  return { status: res.statusCode, cookie: token ? `${SESSION_COOKIE}=${token}` : '' };
}
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('creating accounts', () => {
  it('the administrator creates an account that can sign in at once', async () => {
    const body = newUser({ email: 'Nadia.Officer@Test.Example', displayName: 'Nadia Officer', language: 'ru' });
    const created = expectStatus(await t.as('admin', 'POST', '/api/users', body), 201);
    expect(created).toMatchObject({ email: 'Nadia.Officer@Test.Example', displayName: 'Nadia Officer', role: 'staff', language: 'ru', partyCode: null, organizationId: null, disabledAt: null });
    expect(Object.keys(created).sort()).toEqual(Object.keys(userSchema.shape).sort());
    expect(JSON.stringify(created)).not.toMatch(/password|argon/i);
    const session = await signIn('nadia.officer@test.example', PASSWORD);
    expect(session.status).toBe(200);
    expect(expectStatus(await me(session.cookie), 200).user).toMatchObject({ id: created.id, language: 'ru' });
  });

  it('ties a delegate to a party and a liaison officer to an organisation', async () => {
    const delegate = expectStatus(await t.as('admin', 'POST', '/api/users', newUser({ role: 'delegate', partyCode: 'VN', organizationId: t.sco.id })), 201);
    expect(delegate).toMatchObject({ role: 'delegate', partyCode: 'VN', organizationId: null });
    const liaison = expectStatus(await t.as('admin', 'POST', '/api/users', newUser({ role: 'liaison', organizationId: t.sco.id, partyCode: 'ID' })), 201);
    expect(liaison).toMatchObject({ role: 'liaison', organizationId: t.sco.id, partyCode: null });
    const staff = expectStatus(await t.as('admin', 'POST', '/api/users', newUser({ role: 'staff', partyCode: 'ID' })), 201);
    expect(staff.partyCode).toBeNull();
  });

  it.each([
    ['a delegate without a party', { role: 'delegate' }, 'partyCode'],
    ['a delegate of an unknown party', { role: 'delegate', partyCode: 'XX' }, 'partyCode'],
    ['a delegate with a lower-case party', { role: 'delegate', partyCode: 'id' }, 'partyCode'],
    ['a liaison officer without an organisation', { role: 'liaison' }, 'organizationId'],
    ['a liaison officer of an unknown organisation', { role: 'liaison', organizationId: unknownId() }, 'organizationId'],
    ['an unknown role', { role: 'ambassador' }, 'role'],
    ['an address that is not one', { email: 'nadia at mission' }, 'email'],
    ['a short password', { password: 'short' }, 'password'],
    ['an empty name', { displayName: '  ' }, 'displayName'],
    ['an unknown language', { language: 'fr' }, 'language'],
  ])('refuses %s with 400 naming the field', async (_label, over, field) => {
    const body = newUser(over);
    expectProblem(await t.as('admin', 'POST', '/api/users', body), 400, { field });
    expect(await t.db.select().from(users).where(eq(users.email, body.email as string))).toHaveLength(0);
  });

  it('refuses an address already in use, whatever its letter case, with 409 naming email', async () => {
    const p = expectProblem(await t.as('admin', 'POST', '/api/users', newUser({ email: 'STAFF@TEST.EXAMPLE' })), 409, { field: 'email', code: 'user.email_taken' });
    expect(p.detail).toBeTruthy();
    const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(users).where(sql`lower(${users.email}) = 'staff@test.example'`);
    expect(n).toBe(1);
  });

  it('creates one account when the same address is submitted several times at once', async () => {
    const email = 'twice@test.example';
    const results = await Promise.all(Array.from({ length: 4 }, () => t.as('admin', 'POST', '/api/users', newUser({ email }))));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201)) expectProblem(r, 409, { code: 'user.email_taken', field: 'email' });
    expect(await t.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });
});

describe('listing accounts', () => {
  it('finds accounts by address or name, in any case, and by role', async () => {
    const list = async (q: string) => expectStatus(await t.as('admin', 'GET', `/api/users?${q}`), 200);
    const byName = await list('q=TEST%20DELEGATEVN');
    expect(byName.items.map((u: Body) => u.id)).toEqual([t.users.delegateVn.id]);
    expect((await list('q=liaisonsco@')).items.map((u: Body) => u.id)).toEqual([t.users.liaisonSco.id]);
    const heads = await list('role=head');
    expect(heads.items.map((u: Body) => u.id)).toEqual([t.users.head.id]);
    expect(heads.total).toBe(1);
    expect((await list('q=%25')).total).toBe(0);
    for (const u of (await list('limit=200')).items) expect(Object.keys(u).sort()).toEqual(Object.keys(userSchema.shape).sort());
  });

  it('pages through every account by address, each once', async () => {
    const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Body = expectStatus(await t.as('admin', 'GET', `/api/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`), 200);
      // The total comes with the first page only.
      if (cursor) expect(page.total).toBeUndefined();
      else expect(page.total).toBe(n);
      seen.push(...page.items.map((u: Body) => u.email.toLowerCase()));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    expect(seen).toEqual([...seen].sort());
    expectProblem(await t.as('admin', 'GET', `/api/users?cursor=${handmadeCursor(['a', 'not-an-id'])}`), 400, { field: 'cursor' });
    expectProblem(await t.as('admin', 'GET', '/api/users?limit=500'), 400, { field: 'limit' });
  });
});

describe('changing accounts', () => {
  it('disabling an account ends its sessions and stops it signing in; enabling lets it back', async () => {
    const u = expectStatus(await t.as('admin', 'POST', '/api/users', newUser()), 201);
    const first = await signIn(u.email, PASSWORD);
    expectStatus(await me(first.cookie), 200);
    const disabled = expectStatus(await t.as('admin', 'PATCH', `/api/users/${u.id}`, { disabled: true }), 200);
    expect(disabled.disabledAt).not.toBeNull();
    expectProblem(await me(first.cookie), 401);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, u.id))).toHaveLength(0);
    expect((await signIn(u.email, PASSWORD)).status).toBe(401);
    // Disabling twice keeps the first date.
    expect(expectStatus(await t.as('admin', 'PATCH', `/api/users/${u.id}`, { disabled: true }), 200).disabledAt).toBe(disabled.disabledAt);

    expect(expectStatus(await t.as('admin', 'PATCH', `/api/users/${u.id}`, { disabled: false }), 200).disabledAt).toBeNull();
    expect((await signIn(u.email, PASSWORD)).status).toBe(200);
  });

  it('resetting a password retires the old one and ends open sessions', async () => {
    const u = expectStatus(await t.as('admin', 'POST', '/api/users', newUser()), 201);
    const before = await signIn(u.email, PASSWORD);
    expectStatus(await t.as('admin', 'PATCH', `/api/users/${u.id}`, { password: 'a brand new long password' }), 200);
    expectProblem(await me(before.cookie), 401);
    expect((await signIn(u.email, PASSWORD)).status).toBe(401);
    expect((await signIn(u.email, 'a brand new long password')).status).toBe(200);
    expectProblem(await t.as('admin', 'PATCH', `/api/users/${u.id}`, { password: 'short' }), 400, { field: 'password' });
    // The demo password ('chancery-demo') is public knowledge: never accepted as a real one.
    expectProblem(await t.as('admin', 'PATCH', `/api/users/${u.id}`, { password: t.config.demoPassword }), 400, { field: 'password', code: 'user.demo_password' });
  });

  it('renames an account and changes its language', async () => {
    const u = expectStatus(await t.as('admin', 'POST', '/api/users', newUser()), 201);
    const changed = expectStatus(await t.as('admin', 'PATCH', `/api/users/${u.id}`, { displayName: 'Renamed Officer', language: 'ru' }), 200);
    expect(changed).toMatchObject({ id: u.id, displayName: 'Renamed Officer', language: 'ru', email: u.email });
    expectProblem(await t.as('admin', 'PATCH', `/api/users/${unknownId()}`, { displayName: 'Nobody' }), 404, { code: 'user.not_found' });
    expectProblem(await t.as('admin', 'PATCH', '/api/users/not-an-id', { displayName: 'Nobody' }), 400, { field: 'id' });
  });

  it('the administrator cannot disable their own account', async () => {
    expectProblem(await t.as('admin', 'PATCH', `/api/users/${t.users.admin.id}`, { disabled: true }), 400, { field: 'disabled', code: 'user.cannot_disable_self' });
    const [row] = await t.db.select().from(users).where(eq(users.id, t.users.admin.id));
    expect(row.disabledAt).toBeNull();
    expectStatus(await t.as('admin', 'GET', '/api/users'), 200);
  });

  it('nobody but the administrator manages accounts', async () => {
    const target = t.users.staff2.id;
    for (const who of ['head', 'staff', 'delegateId', 'liaisonSco'] as Who[]) {
      expectProblem(await t.as(who, 'GET', '/api/users'), 403, { code: 'access.forbidden' });
      expectProblem(await t.as(who, 'POST', '/api/users', newUser({ email: `by.${who}@test.example` })), 403);
      expectProblem(await t.as(who, 'PATCH', `/api/users/${target}`, { disabled: true }), 403);
    }
    expectProblem(await t.as('anonymous', 'POST', '/api/users', newUser()), 401);
    const [row] = await t.db.select().from(users).where(eq(users.id, target));
    expect(row.disabledAt).toBeNull();
    expect(await t.db.select().from(users).where(sql`${users.email} like 'by.%'`)).toHaveLength(0);
  });
});
