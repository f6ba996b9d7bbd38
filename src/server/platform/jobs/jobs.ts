import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { jobs } from '../../db/schema/index.ts';

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
