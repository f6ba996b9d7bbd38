// Durable jobs with two server processes (test/support/job-process.ts) on one PostgreSQL database: each job runs exactly once.
import { spawn } from 'node:child_process';
import { like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings } from '../src/server/db/schema/index.ts';
import { scheduleJob } from '../src/server/platform/jobs/jobs.ts';
import { registerJob } from '../src/server/platform/jobs/registry.ts';
import { countJob } from './support/count-job.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

describe.runIf(process.env.DATABASE_URL)('jobs with two server processes on one PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Known here too, or scheduling it is refused; only the two processes run it.
    registerJob(countJob);
  });
  afterAll(async () => t?.close());

  it('runs each job exactly once', async () => {
    const url = (t.database as { url?: string }).url!;
    const n = 60;
    for (let i = 0; i < n; i++) await scheduleJob(t.db, { kind: 'test.count', payload: { i } });
    const start = () =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, ['--import', 'tsx', 'test/support/job-process.ts'], {
          env: { ...process.env, DATABASE_URL: url, RUN_MS: '6000' },
          stdio: 'inherit',
        });
        p.on('exit', (code) => resolve(code ?? 1));
      });
    const codes = await Promise.all([start(), start()]);
    expect(codes).toEqual([0, 0]);
    const runsRows = await t.db.select().from(settings).where(like(settings.key, 'jobrun:%'));
    expect(runsRows).toHaveLength(n);
    expect(new Set(runsRows.map((r) => r.key.split(':')[1])).size).toBe(n);
    // Both processes took part.
    expect(new Set(runsRows.map((r) => (r.value as { pid: number }).pid)).size).toBe(2);
    const res = (await t.db.execute(sql`select count(*)::int as pending from jobs where kind = 'test.count' and status <> 'done'`)) as unknown as { rows: { pending: number }[] };
    const [{ pending }] = res.rows;
    expect(pending).toBe(0);
  }, 60_000);
});
