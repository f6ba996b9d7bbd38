// The durable jobs table: keyed, scheduled work claimed with FOR UPDATE SKIP LOCKED by any server process.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { JOB_STATUSES } from '../../../shared/notifications.ts';
import { between, instant, oneOf } from '../columns.ts';

/** Durable jobs and timers: rows claimed with FOR UPDATE SKIP LOCKED by any server process. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** Optional business key (e.g. `silence.expire:<id>`): at most one live job per key, so it can be rescheduled or cancelled. */
    key: text('key'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: instant('run_at').notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    /** Lease for jobs run outside a transaction: another process may take the job over after this instant. */
    lockedBy: text('locked_by'),
    lockedUntil: instant('locked_until'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    // the worker's claim: due pending jobs in run order
    index('jobs_due_idx').on(t.runAt).where(sql`status = 'pending'`),
    // one live job per key (reschedule / cancel by key)
    uniqueIndex('jobs_live_key_uq').on(t.key).where(sql`status in ('pending', 'running')`),
    // admin view of failed jobs; leases to recover
    index('jobs_status_idx').on(t.status, t.updatedAt),
    oneOf(t.status, JOB_STATUSES),
    between(t.attempts, 0),
    between(t.maxAttempts, 1),
  ],
);
