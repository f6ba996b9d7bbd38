import { and, eq, inArray } from 'drizzle-orm';
import { REMINDER_HOURS_BEFORE } from '../../../shared/consultations.ts';
import type { Tx } from '../../db/client.ts';
import { jobs } from '../../db/schema/index.ts';
import { systemContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { scheduleJob } from '../../platform/jobs/jobs.ts';
import type { JobRow } from '../../platform/jobs/registry.ts';
import { lockConsultation } from './consultations.repository.ts';
import type { ConsultationRow } from './consultations.rules.ts';

/**
 * The consultation's timed jobs, each under a business key: the deadline of
 * a consensus or comments consultation (decided in consensus.ts), a silence
 * procedure's expiry (silence.job.ts), and the reminder 24 hours before
 * either (reminders.job.ts).
 */
export const DEADLINE_JOB = 'consultations.deadline';
export const SILENCE_EXPIRY_JOB = 'consultations.silence_expiry';
export const REMINDER_JOB = 'consultations.deadline_reminder';
export const deadlineKey = (consultationId: string) => `consultation.deadline:${consultationId}`;
export const deadlineReminderKey = (consultationId: string) => `consultation.reminder:${consultationId}`;
export const silenceExpiryKey = (procedureId: string) => `consultation.silence:${procedureId}`;
export const silenceReminderKey = (procedureId: string) => `consultation.silence_reminder:${procedureId}`;
export const OUTCOME_CONTEXT = 'consultations';
const REMINDER_MS = REMINDER_HOURS_BEFORE * 3_600_000;

export type ReminderPayload = { consultationId: string; procedureId?: string | null; closesAt: string };

/**
 * The pending job under `key`, unless a worker is running it at this moment.
 * Such a worker has claimed the job's row and waits for the consultation's
 * lock, which the caller holds: waiting for its row in turn would deadlock.
 * Its handler reads the consultation afresh once it gets the lock, and does
 * nothing or runs again later, so the job may be left to it.
 */
const pendingUnclaimed = (tx: Tx, key: string) =>
  tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.key, key), eq(jobs.status, 'pending')))
    .for('update', { skipLocked: true });

/** Schedules the job under `key` at `runAt`, or moves the one there. */
export async function keepJob(tx: Tx, input: { kind: string; key: string; runAt: Date; payload: Record<string, unknown> }) {
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

/** Cancels the pending job under `key`, if any. */
export async function dropJob(tx: Tx, key: string) {
  const now = new Date();
  await tx.update(jobs).set({ status: 'cancelled', updatedAt: now, finishedAt: now }).where(inArray(jobs.id, pendingUnclaimed(tx, key)));
}

/**
 * Runs this job again at `runAt` (its instant moved after it was claimed).
 * The worker marks this run done when the handler returns, so the key must
 * point at a new job.
 */
export async function deferJob(tx: Tx, job: JobRow, runAt: Date, payload = job.payload) {
  await tx.update(jobs).set({ status: 'done', finishedAt: new Date(), updatedAt: new Date() }).where(eq(jobs.id, job.id));
  await scheduleJob(tx, { kind: job.kind, key: job.key ?? undefined, runAt, payload });
}

/** Locks the consultation for a job (the system sees every record). Null when it no longer exists. */
export async function lockForJob(tx: Tx, consultationId: string) {
  try {
    return await lockConsultation(tx, systemContext(OUTCOME_CONTEXT), consultationId);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) return null;
    throw e;
  }
}

export const reminderAt = (deadline: Date) => new Date(deadline.getTime() - REMINDER_MS);

/** Keeps the reminder under `key` at 24 hours before `deadline`, or none when that moment has passed. */
export async function keepReminder(tx: Tx, key: string, deadline: Date, payload: ReminderPayload, now = new Date()) {
  const at = reminderAt(deadline);
  if (at <= now) return dropJob(tx, key);
  await keepJob(tx, { kind: REMINDER_JOB, key, runAt: at, payload });
}

/** A consensus or comments consultation is decided at its deadline while open. */
export const hasDeadlineJob = (c: ConsultationRow) => c.status === 'open' && c.deadline !== null && c.method !== 'silence';

/**
 * Keeps the consultation's deadline job and its 24-hour reminder in step
 * with its status and deadline. Called after every write that may change them.
 */
export async function syncDeadlineJobs(tx: Tx, c: ConsultationRow, now = new Date()): Promise<void> {
  if (!hasDeadlineJob(c)) {
    await dropJob(tx, deadlineKey(c.id));
    await dropJob(tx, deadlineReminderKey(c.id));
    return;
  }
  const deadline = c.deadline!;
  await keepJob(tx, { kind: DEADLINE_JOB, key: deadlineKey(c.id), runAt: deadline, payload: { consultationId: c.id } });
  await keepReminder(tx, deadlineReminderKey(c.id), deadline, { consultationId: c.id, closesAt: deadline.toISOString() }, now);
}
