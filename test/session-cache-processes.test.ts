// The session cache across server processes: a disabled account, a changed account and a signed-out session take effect in another process at once, not after the cache's lifetime.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

describe.runIf(process.env.DATABASE_URL)('cached sessions across processes', () => {
  let t: TestApp;
  let child: ChildProcess;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp();
    const url = (t.database as { url?: string }).url!;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    base = `http://127.0.0.1:${port}`;
    // A cache lifetime of a minute: only the event from the other process can end a session sooner.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn', CHANCERY_DEMO: '0', SESSION_CACHE_SECONDS: '60' },
      stdio: 'inherit',
    });
    const ready = Date.now() + 60_000;
    while ((await fetch(`${base}/readyz`).then((r) => r.status).catch(() => 0)) !== 200) {
      if (Date.now() > ready) throw new Error('the second server did not start within 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 90_000);
  afterAll(async () => {
    child?.kill('SIGTERM');
    await t?.close();
  });

  const me = (cookie: string) => fetch(`${base}/api/auth/me`, { headers: { cookie } });

  it('a user disabled in one process is refused by the other within two seconds', async () => {
    const { cookie, id } = t.users.staff;
    const before = await me(cookie);
    expect(before.status).toBe(200);
    // Served from the other process's cache from now on.
    expect((await me(cookie)).status).toBe(200);
    const started = Date.now();
    expectStatus(await t.as('admin', 'PATCH', `/api/users/${id}`, { disabled: true }), 200);
    await expect.poll(async () => (await me(cookie)).status, { timeout: 2000, interval: 50 }).toBe(401);
    expect(Date.now() - started).toBeLessThan(2000);
  }, 30_000);

  it('an account changed in one process is what the other answers with', async () => {
    const { cookie, id } = t.users.delegateId;
    const name = async () => ((await (await me(cookie)).json()) as { user: { displayName: string } }).user.displayName;
    expect(await name()).toBe(t.users.delegateId.displayName);
    expectStatus(await t.as('admin', 'PATCH', `/api/users/${id}`, { displayName: 'Renamed Delegate' }), 200);
    await expect.poll(name, { timeout: 2000, interval: 50 }).toBe('Renamed Delegate');
  }, 30_000);

  it('a session signed out in one process is refused by the other', async () => {
    const { cookie } = t.users.head;
    expect((await me(cookie)).status).toBe(200);
    expectStatus(await t.as('head', 'POST', '/api/auth/logout'), 204);
    await expect.poll(async () => (await me(cookie)).status, { timeout: 2000, interval: 50 }).toBe(401);
  }, 30_000);
});
