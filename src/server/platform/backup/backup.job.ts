// The scheduled backup: once a day at BACKUP_HOUR_UTC, a backup into BACKUP_DIR, keeping the newest BACKUP_KEEP.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { jobs } from '../../db/schema/jobs.table.ts';
import type { Deps } from '../deps.ts';
import { scheduleJob } from '../jobs/jobs.ts';
import { nextHourUtc } from '../jobs/recurring.ts';
import { defineJob } from '../jobs/registry.ts';
import type { Schedule } from '../modules/manifest.ts';
import { backupToFile } from './backup.ts';

export const BACKUP_JOB = 'platform.backup';
const NAME = /^chancery-\d{8}T\d{6}Z\.tar\.gz$/;

/** `chancery-20261203T190000Z.tar.gz`: sorts by time. */
export const backupFileName = (at: Date) => `chancery-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}.tar.gz`;

/** Writes one backup into the folder and removes the oldest beyond `keep`. Returns the file written. */
export async function scheduledBackup(deps: Deps, dir: string, keep: number, at = new Date()): Promise<string> {
  await fsp.mkdir(dir, { recursive: true });
  const file = path.join(dir, backupFileName(at));
  await backupToFile(deps.database, deps.config.filesDir, file);
  const made = (await fsp.readdir(dir)).filter((f) => NAME.test(f)).sort();
  for (const old of made.slice(0, Math.max(0, made.length - keep))) await fsp.rm(path.join(dir, old), { force: true });
  return file;
}

/**
 * The daily backup. It runs outside any transaction (its snapshot is a
 * transaction of its own, and the file is written to disk), queues the next
 * day's run, and stops when BACKUP_DIR is no longer set; the next start with
 * it set queues it again.
 */
export const backupJob = defineJob({
  kind: BACKUP_JOB,
  mode: 'external',
  maxAttempts: 3,
  leaseMs: 60 * 60_000,
  run: async (deps, _job) => {
    const { backupDir, backupKeep, backupHourUtc } = deps.config;
    if (!backupDir) return;
    await scheduledBackup(deps, backupDir, backupKeep);
    await queueNext(deps, nextHourUtc(backupHourUtc, new Date(Date.now() + 60_000)));
  },
});

/** Queues the next run unless one is pending already (a run that was repeated after a crash queues no second one). */
async function queueNext(deps: Deps, runAt: Date) {
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7215003)`);
    const [pending] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.kind, BACKUP_JOB), eq(jobs.status, 'pending')));
    if (!pending) await scheduleJob(tx, { kind: BACKUP_JOB, runAt });
  });
}

/** The daily backup's schedule, for the platform's manifest: queued at start only when BACKUP_DIR is set. */
export const backupSchedule: Schedule = {
  kind: BACKUP_JOB,
  enabled: (deps) => deps.config.backupDir !== undefined,
  firstRun: (deps, now) => nextHourUtc(deps.config.backupHourUtc, now),
};
