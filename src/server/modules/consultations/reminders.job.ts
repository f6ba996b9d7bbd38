// The job that reminds delegations without a position 24 hours before a deadline or a silence expiry.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { silenceProcedures } from '../../db/schema/consultations.table.ts';
import { systemContext } from '../../platform/context.ts';
import { defineJob, type JobRow } from '../../platform/jobs/registry.ts';
import { deferJob } from '../../platform/jobs/jobs.ts';
import { awaitingParties } from './consensus.ts';
import { hasDeadlineJob, lockForJob, OUTCOME_CONTEXT, REMINDER_JOB, type ReminderPayload, reminderAt } from './deadline.jobs.ts';
import { currentPositions } from './positions.repository.ts';
import { DEADLINE_REMINDER, notifyDistribution } from './silence.notifications.ts';

/**
 * 24 hours before any deadline (a consensus or comments deadline, or a
 * silence procedure's expiry) the delegations on the list that have not
 * answered yet are reminded, each with the deadline in its own zone.
 */

/** The instant the consultation (or its procedure) now closes, and the zone it was set in; null when nothing is pending. */
async function closingNow(tx: Tx, c: NonNullable<Awaited<ReturnType<typeof lockForJob>>>, payload: ReminderPayload) {
  if (c.status !== 'open') return null;
  if (payload.procedureId) {
    const [p] = await tx.select().from(silenceProcedures).where(eq(silenceProcedures.id, payload.procedureId));
    return p?.status === 'running' ? { at: p.expiresAt, zone: p.timeZone } : null;
  }
  return hasDeadlineJob(c) ? { at: c.deadline!, zone: c.timeZone } : null;
}

/** Sends the reminder if the deadline it was planned for still stands (else follows the deadline). Returns the parties reminded. */
export async function sendReminder(tx: Tx, job: JobRow): Promise<string[]> {
  const payload = job.payload as ReminderPayload;
  const c = await lockForJob(tx, payload.consultationId);
  if (!c) return [];
  const closing = await closingNow(tx, c, payload);
  if (!closing) return [];
  if (closing.at.toISOString() !== payload.closesAt) {
    // Moved since this reminder was planned, while it was being run.
    const at = reminderAt(closing.at);
    if (at > job.runAt) await deferJob(tx, job, at, { ...payload, closesAt: closing.at.toISOString() });
    return [];
  }
  const awaiting = awaitingParties(c.sharedParties, await currentPositions(tx, systemContext(OUTCOME_CONTEXT), c));
  if (awaiting.length === 0) return [];
  await notifyDistribution(tx, systemContext(OUTCOME_CONTEXT), c, DEADLINE_REMINDER.kind, { at: payload.closesAt }, closing.zone, { parties: awaiting, everyoneElse: false });
  return awaiting;
}

export const deadlineReminderJob = defineJob({
  kind: REMINDER_JOB,
  run: async (_deps, tx, job) => {
    await sendReminder(tx, job);
  },
});
