// The nightly housekeeping job: drops expired sessions, old failed sign-in attempts and unanswered second-factor challenges.
import { sql } from 'drizzle-orm';
import { purgeExpiredSessions } from './auth/sessions.ts';
import { purgeOldAttempts } from './auth/throttle.ts';
import { purgeOldChallenges } from './auth/sign-in.ts';
import { scheduleJob } from './jobs/jobs.ts';
import { nextHourUtc } from './jobs/recurring.ts';
import type { Schedule } from './modules/manifest.ts';
import { defineJob } from './jobs/registry.ts';

export const HOUSEKEEPING_JOB = 'platform.housekeeping';
// Daily, at night in Jakarta (20:00 UTC = 03:00 WIB).
const HOUR_UTC = 20;

/** Drops expired sessions and sign-in failures older than the throttling window. */
export const housekeepingJob = defineJob({
  kind: HOUSEKEEPING_JOB,
  run: async (deps, tx) => {
    const { config } = deps;
    await purgeExpiredSessions(tx, { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs });
    await purgeOldAttempts(tx, { maxFailures: config.loginMaxFailures, windowMs: config.loginWindowMs });
    await purgeOldChallenges(tx);
    // Planner statistics on the embedded database (no autovacuum there).
    if (deps.database.kind === 'pglite') await tx.execute(sql`analyze`);
    await scheduleJob(tx, { kind: HOUSEKEEPING_JOB, runAt: nextHourUtc(HOUR_UTC, new Date(Date.now() + 60_000)) });
  },
});

/** The nightly housekeeping's schedule, for the platform's manifest. */
export const housekeepingSchedule: Schedule = { kind: HOUSEKEEPING_JOB, firstRun: (_deps, now) => nextHourUtc(HOUR_UTC, now) };
