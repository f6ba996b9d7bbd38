// The job that decides a silence procedure at its expiry, exactly once.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { silenceProcedures } from '../../db/schema/consultations.table.ts';
import { defineJob, type JobRow } from '../../platform/jobs/registry.ts';
import { deferJob } from '../../platform/jobs/jobs.ts';
import { lockForJob, SILENCE_EXPIRY_JOB } from './deadline.jobs.ts';
import { adopt } from './outcome.ts';

/**
 * The expiry of a silence procedure, decided by a durable job keyed
 * `consultation.silence:<procedureId>` at the exact instant. With silence
 * unbroken the text is adopted as of the expiry, even when the job runs later
 * (a server that was down decides on restart). The procedure's status is
 * checked under the consultation's row lock, so however many processes run
 * the job, or a position races it, the outcome is recorded exactly once.
 */
export async function decideAtExpiry(tx: Tx, job: JobRow) {
  const c = await lockForJob(tx, String(job.payload.consultationId));
  if (!c) return;
  const [p] = await tx.select().from(silenceProcedures).where(eq(silenceProcedures.id, String(job.payload.procedureId)));
  if (p?.status !== 'running' || c.status !== 'open') return;
  if (p.expiresAt.getTime() > job.runAt.getTime()) return deferJob(tx, job, p.expiresAt);
  await adopt(tx, c, { at: p.expiresAt, procedure: p });
}

export const silenceExpiryJob = defineJob({ kind: SILENCE_EXPIRY_JOB, run: async (_deps, tx, job) => decideAtExpiry(tx, job) });
