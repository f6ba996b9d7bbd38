// A consultation's timed jobs under business keys (deadline, silence expiry, 24-hour reminders) and keeping them in step.
import { REMINDER_HOURS_BEFORE } from '../../../shared/consultations.ts';
import type { Tx } from '../../db/client.ts';
import { systemContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { dropJob, keepJob } from '../../platform/jobs/jobs.ts';
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
