// Recurring jobs: making sure one is queued at start, and the next run at an hour in UTC.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { jobs } from '../../db/schema/jobs.table.ts';
import type { Deps } from '../deps.ts';
import { scheduleJob } from './jobs.ts';

/**
 * Makes sure one job of `kind` is queued (called at server start for
 * recurring jobs, which queue their next run themselves). Several processes
 * may start at once: a lock lets one of them decide.
 */
export async function ensureQueued(deps: Deps, kind: string, runAt: Date) {
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7215003)`);
    const live = await tx.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.kind, kind), inArray(jobs.status, ['pending', 'running'])));
    if (live.length === 0) await scheduleJob(tx, { kind, runAt });
  });
}

/** The next instant at `hourUtc`:00 UTC after `now`. */
export function nextHourUtc(hourUtc: number, now = new Date()) {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}
