// Durable jobs: run once when due, after a restart, rolled back and retried on failure, moved or cancelled by key.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, settings } from '../src/server/db/schema/index.ts';
import { backoffMs, cancelJob, rescheduleJob, retryJobs, scheduleJob } from '../src/server/platform/jobs/jobs.ts';
import { registerJob } from '../src/server/platform/jobs/registry.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
const runs: string[] = [];
let failuresLeft = 0;
beforeAll(async () => {
  t = await createTestApp();
  registerJob({
    kind: 'test.record',
    run: async (_deps, tx, job) => {
      runs.push(String(job.payload.name));
      await tx.insert(settings).values({ key: `ran:${job.id}`, value: job.payload });
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('deliberate failure');
      }
    },
  });
  registerJob({
    kind: 'test.external',
    mode: 'external',
    maxAttempts: 2,
    run: async (_deps, job) => {
      runs.push(`external:${job.payload.name}`);
      if (job.payload.fail) throw new Error('mail server refused');
    },
  });
});
afterAll(async () => t?.close());

const job = async (id: string) => (await t.db.select().from(jobs).where(eq(jobs.id, id)))[0];

describe('durable jobs', () => {
  it('a job scheduled for later runs only once it is due, and exactly once', async () => {
    const worker = new JobWorker(t.deps);
    const at = new Date(Date.now() + 60_000);
    const id = await scheduleJob(t.db, { kind: 'test.record', payload: { name: 'later' }, runAt: at });
    expect(await worker.runDue(new Date())).toBe(0);
    expect(await worker.runDue(new Date(at.getTime() + 1))).toBe(1);
    expect(await worker.runDue(new Date(at.getTime() + 1000))).toBe(0);
    expect((await job(id)).status).toBe('done');
    expect(runs.filter((r) => r === 'later')).toHaveLength(1);
  });

  it('a job that came due while no server ran is run at the next start', async () => {
    const id = await scheduleJob(t.db, { kind: 'test.record', payload: { name: 'overdue' }, runAt: new Date(Date.now() - 3_600_000) });
    const worker = new JobWorker(t.deps, { pollMs: 50 });
    worker.start();
    await expect.poll(async () => (await job(id)).status, { timeout: 5000 }).toBe('done');
    await worker.stop();
  });

  it('a failing job rolls back its effects, retries with backoff, then shows as failed', async () => {
    failuresLeft = 3;
    const id = await scheduleJob(t.db, { kind: 'test.record', payload: { name: 'flaky' }, maxAttempts: 3 });
    const worker = new JobWorker(t.deps);
    const now = new Date();
    await worker.runDue(now);
    let row = await job(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'deliberate failure' });
    expect(row.runAt.getTime()).toBe(now.getTime() + backoffMs(1));
    // The failed attempt's write was rolled back with it.
    expect(await t.db.select().from(settings).where(eq(settings.key, `ran:${id}`))).toHaveLength(0);
    await worker.runDue(new Date(now.getTime() + backoffMs(1)));
    await worker.runDue(new Date(now.getTime() + backoffMs(1) + backoffMs(2)));
    row = await job(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    const [retried] = await retryJobs(t.db, [id]);
    expect(retried.id).toBe(id);
    await worker.runDue(new Date(Date.now() + 1000));
    expect((await job(id)).status).toBe('done');
    expect(await t.db.select().from(settings).where(eq(settings.key, `ran:${id}`))).toHaveLength(1);
  });

  it('a deadline can be extended or cancelled through its key, and scheduling the same key moves it', async () => {
    const worker = new JobWorker(t.deps);
    const t0 = Date.now() + 10_000;
    const id = await scheduleJob(t.db, { kind: 'test.record', key: 'deadline:1', payload: { name: 'deadline' }, runAt: new Date(t0) });
    expect(await rescheduleJob(t.db, 'deadline:1', new Date(t0 + 60_000))).toBe(true);
    expect(await worker.runDue(new Date(t0 + 1))).toBe(0);
    const again = await scheduleJob(t.db, { kind: 'test.record', key: 'deadline:1', payload: { name: 'deadline2' }, runAt: new Date(t0 + 120_000) });
    expect(again).toBe(id);
    expect((await t.db.select().from(jobs).where(eq(jobs.key, 'deadline:1'))).length).toBe(1);
    expect(await cancelJob(t.db, 'deadline:1')).toBe(true);
    expect(await worker.runDue(new Date(t0 + 1_000_000))).toBe(0);
    expect((await job(id)).status).toBe('cancelled');
    expect(await cancelJob(t.db, 'deadline:1')).toBe(false);
  });

  it('a job scheduled in a transaction that rolls back does not exist', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await scheduleJob(tx, { kind: 'test.record', key: 'rolled-back', payload: { name: 'never' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await t.db.select().from(jobs).where(eq(jobs.key, 'rolled-back'))).toHaveLength(0);
  });

  it('external jobs run outside a transaction; a failure retries, then fails', async () => {
    const worker = new JobWorker(t.deps);
    const ok = await scheduleJob(t.db, { kind: 'test.external', payload: { name: 'ok' } });
    const bad = await scheduleJob(t.db, { kind: 'test.external', payload: { name: 'bad', fail: true }, maxAttempts: 2 });
    await worker.runDue();
    expect((await job(ok)).status).toBe('done');
    expect(await job(bad)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'mail server refused' });
    await worker.runDue(new Date(Date.now() + backoffMs(1) + 1000));
    expect(await job(bad)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('a lease left by a dead process expires and the job runs again', async () => {
    const id = await scheduleJob(t.db, { kind: 'test.external', payload: { name: 'orphan' } });
    await t.db.update(jobs).set({ status: 'running', lockedBy: 'dead', lockedUntil: new Date(Date.now() - 1) }).where(eq(jobs.id, id));
    await new JobWorker(t.deps).runDue();
    expect((await job(id)).status).toBe('done');
  });

  it('a job kind no manifest declares is refused when scheduled, and one left in the queue (a module removed) fails at once', async () => {
    await expect(scheduleJob(t.db, { kind: 'no.such.kind' })).rejects.toThrow(/Unknown job kind "no.such.kind"/);
    const [left] = await t.db.insert(jobs).values({ kind: 'no.such.kind', payload: {}, runAt: new Date() }).returning({ id: jobs.id });
    await new JobWorker(t.deps).runDue();
    expect(await job(left.id)).toMatchObject({ status: 'failed' });
  });
});
