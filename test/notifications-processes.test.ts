// Live notifications across server processes: an event raised in one process reaches a browser connected to another (PostgreSQL LISTEN/NOTIFY).
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSse, shareOrganization } from './support/notifications.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

describe.runIf(process.env.DATABASE_URL)('live delivery by Server-Sent Events across processes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());
  const shareOrgWith = (parties: string[], name: string) => shareOrganization(t, parties, name);

  it('an event raised in one server process reaches a browser connected to another', async () => {
    const url = (t.database as { url?: string }).url!;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn', CHANCERY_DEMO: '0' },
      stdio: 'inherit',
    });
    try {
      await expect
        .poll(async () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status).catch(() => 0), { timeout: 30_000, interval: 250 })
        .toBe(200);
      const start = (await t.as('delegateId', 'GET', '/api/notifications/unread-count')).json().unread as number;
      const stream = readSse(`http://127.0.0.1:${port}/api/notifications/stream`, t.users.delegateId.cookie, (n) => n === start + 1);
      await new Promise((r) => setTimeout(r, 500));
      // Raised here, in this process; the browser is connected to the other one.
      await shareOrgWith(['ID'], 'Cross-process record');
      expect((await stream).at(-1)).toBe(start + 1);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
