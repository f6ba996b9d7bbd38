// The durable jobs that remind of a reply due in three days and of one overdue, kept in step with the item's due date and status; each runs once.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { correspondence } from '../../db/schema/correspondence.table.ts';
import { addDays, zonedInstant } from '../../platform/calendar/time-zones.ts';
import { cancelJob, scheduleJob } from '../../platform/jobs/jobs.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { notifyReply } from './correspondence.notifications.ts';

export const REPLY_REMINDER_JOB = 'correspondence.reply_reminder';
const ZONE = 'Asia/Jakarta';
export const DUE_SOON_DAYS = 3;
const AWAITING = ['registered', 'assigned', 'dispatched'];
const keyOf = (id: string, kind: 'due' | 'overdue') => `correspondence.${kind}:${id}`;

/** 09:00 in Jakarta on `date`. */
function morningOf(date: string) {
  const [year, month, day] = date.split('-').map(Number);
  return zonedInstant({ year, month, day, hour: 9, minute: 0, second: 0 }, ZONE);
}

/**
 * One pending job per reminder, keyed by item: scheduling again moves it when
 * the due date changes; an item no longer awaiting a reply has none. A job
 * whose time has passed runs at once, once (the key and the transactional
 * job make it exactly once, also with several processes).
 */
export async function scheduleReplyReminders(tx: Tx, r: typeof correspondence.$inferSelect, now = new Date()) {
  for (const kind of ['due', 'overdue'] as const) {
    const key = keyOf(r.id, kind);
    if (!r.dueDate || !AWAITING.includes(r.status) || r.archivedAt) {
      await cancelJob(tx, key);
      continue;
    }
    const at = kind === 'due' ? morningOf(addDays(r.dueDate, -DUE_SOON_DAYS)) : morningOf(addDays(r.dueDate, 1));
    // A reminder that would come after the item is overdue is not sent: the overdue one says it.
    if (kind === 'due' && morningOf(addDays(r.dueDate, 1)) <= now) {
      await cancelJob(tx, key);
      continue;
    }
    await scheduleJob(tx, { kind: REPLY_REMINDER_JOB, key, runAt: at > now ? at : now, payload: { id: r.id, dueDate: r.dueDate, kind } });
  }
}

export const replyReminderJob = defineJob({
  kind: REPLY_REMINDER_JOB,
  run: async (_deps, tx, job) => {
    const [r] = await tx.select().from(correspondence).where(eq(correspondence.id, String(job.payload.id)));
    // Changed since the reminder was planned: a newer one (or none) applies.
    if (!r || r.archivedAt || !AWAITING.includes(r.status) || r.dueDate !== job.payload.dueDate) return;
    await notifyReply(tx, r, job.payload.kind === 'overdue' ? 'overdue' : 'due');
  },
});
