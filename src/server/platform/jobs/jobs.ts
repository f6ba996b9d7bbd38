// Scheduling durable jobs in the caller's transaction: schedule, reschedule, keep, cancel and defer by key.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { jobs } from '../../db/schema/jobs.table.ts';
import { type JobRow, jobDefinition } from './registry.ts';

export type ScheduleInput = {
  kind: string;
  payload?: Record<string, unknown>;
  /** When to run; default now. */
  runAt?: Date;
  /** Business key: scheduling again with the same key moves the live job instead of adding one. */
  key?: string;
  maxAttempts?: number;
};

/**
 * Schedules a job. Call it with the transaction of the change that needs it:
 * the job exists exactly when the change commits.
 */
export async function scheduleJob(db: Executor, input: ScheduleInput) {
  // A job nobody can run would fail only when it falls due: refuse it now.
  if (!jobDefinition(input.kind)) throw new Error(`Unknown job kind "${input.kind}": list it in its module's manifest (jobs)`);
  const values = {
    kind: input.kind,
    payload: input.payload ?? {},
    runAt: input.runAt ?? new Date(),
    key: input.key ?? null,
    maxAttempts: input.maxAttempts ?? 5,
  };
  if (!input.key) {
    const [row] = await db.insert(jobs).values(values).returning({ id: jobs.id });
    return row.id;
  }
  const [row] = await db
    .insert(jobs)
    .values(values)
    .onConflictDoUpdate({
      target: jobs.key,
      targetWhere: sql`status in ('pending', 'running')`,
      set: { runAt: values.runAt, payload: values.payload, updatedAt: new Date() },
    })
    .returning({ id: jobs.id });
  return row.id;
}

/** Moves the pending job with this key (e.g. a deadline extended). Returns false when there is none. */
export async function rescheduleJob(db: Executor, key: string, runAt: Date) {
  const rows = await db
    .update(jobs)
    .set({ runAt, updatedAt: new Date() })
    .where(and(eq(jobs.key, key), eq(jobs.status, 'pending')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Cancels the pending job with this key. Returns false when there is none. */
export async function cancelJob(db: Executor, key: string) {
  const rows = await db
    .update(jobs)
    .set({ status: 'cancelled', updatedAt: new Date(), finishedAt: new Date() })
    .where(and(eq(jobs.key, key), eq(jobs.status, 'pending')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * The pending job under `key`, unless a worker is running it at this moment.
 * Such a worker has claimed the job's row and may be waiting for a record
 * lock the caller holds: waiting for the job's row in turn would deadlock.
 * A handler that re-reads its record under that lock and does nothing, or
 * defers itself (`deferJob`), may be left alone.
 */
const pendingUnclaimed = (tx: Executor, key: string) =>
  tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.key, key), eq(jobs.status, 'pending')))
    .for('update', { skipLocked: true });

/**
 * Schedules the job under `key` at `runAt`, or moves the pending one there;
 * leaves a claimed one to its handler. For callers holding a record lock the
 * job's handler also takes.
 */
export async function keepJob(tx: Executor, input: { kind: string; key: string; runAt: Date; payload: Record<string, unknown> }) {
  const moved = await tx
    .update(jobs)
    .set({ runAt: input.runAt, payload: input.payload, updatedAt: new Date() })
    .where(inArray(jobs.id, pendingUnclaimed(tx, input.key)))
    .returning({ id: jobs.id });
  if (moved.length > 0) return;
  const [claimed] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.key, input.key), inArray(jobs.status, ['pending', 'running'])));
  if (claimed) return;
  await scheduleJob(tx, input);
}

/** Cancels the pending job under `key`, if any, leaving a claimed one to its handler (see `keepJob`). */
export async function dropJob(tx: Executor, key: string) {
  const now = new Date();
  await tx.update(jobs).set({ status: 'cancelled', updatedAt: now, finishedAt: now }).where(inArray(jobs.id, pendingUnclaimed(tx, key)));
}

/**
 * Runs this job again at `runAt` (its instant moved after it was claimed).
 * The worker marks this run done when the handler returns, so the key must
 * point at a new job.
 */
export async function deferJob(tx: Executor, job: JobRow, runAt: Date, payload = job.payload) {
  await tx.update(jobs).set({ status: 'done', finishedAt: new Date(), updatedAt: new Date() }).where(eq(jobs.id, job.id));
  await scheduleJob(tx, { kind: job.kind, key: job.key ?? undefined, runAt, payload });
}

/** Puts failed jobs back in the queue, now. */
export async function retryJobs(db: Executor, ids: string[]) {
  return db
    .update(jobs)
    .set({ status: 'pending', runAt: new Date(), attempts: 0, lastError: null, updatedAt: new Date(), finishedAt: null })
    .where(and(inArray(jobs.id, ids), eq(jobs.status, 'failed')))
    .returning({ id: jobs.id });
}

/** Wait before the next attempt: 10 s, 40 s, 2.7 min, 11 min, … capped at 6 h. */
export const backoffMs = (attempt: number) => Math.min(10_000 * 4 ** Math.max(0, attempt - 1), 6 * 3_600_000);
