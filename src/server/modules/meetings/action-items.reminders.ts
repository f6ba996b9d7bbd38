// The job that reminds an action item's owners before it falls due, and keeping it in step with the due date.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { actionItems, meetings } from '../../db/schema/meetings.table.ts';
import { addDays, startOfDay, zonedInstant } from '../../platform/calendar/time-zones.ts';
import { cancelJob, scheduleJob } from '../../platform/jobs/jobs.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { DEFAULT_MEETING_ZONE } from './cadence.ts';
import type { ActionItemRow } from './action-items.repository.ts';
import { ACTION_ITEM_DUE, ownerRecipients } from './meetings.notifications.ts';
import { remindFollowUp } from './follow-ups.ts';

export const ACTION_ITEM_REMINDER_JOB = 'meetings.action_item_reminder';
export const reminderKey = (id: string) => `action_item.reminder:${id}`;
/** How long before the due date the owner is reminded, at 09:00 in Jakarta. */
export const REMINDER_DAYS_BEFORE = 2;

export function reminderAt(dueDate: string) {
  const [year, month, day] = addDays(dueDate, -REMINDER_DAYS_BEFORE).split('-').map(Number);
  return zonedInstant({ year, month, day, hour: 9, minute: 0, second: 0 }, DEFAULT_MEETING_ZONE);
}

/**
 * Keeps one pending reminder per open item with a due date: scheduling again
 * under the same key moves it when the due date changes; a done or dropped
 * item, or one already past its due date, has none.
 */
export async function scheduleReminder(tx: Tx, item: ActionItemRow, now = new Date()) {
  const key = reminderKey(item.id);
  if (item.status !== 'open' || !item.dueDate || startOfDay(addDays(item.dueDate, 1), DEFAULT_MEETING_ZONE) <= now) {
    await cancelJob(tx, key);
    return;
  }
  const at = reminderAt(item.dueDate);
  await scheduleJob(tx, { kind: ACTION_ITEM_REMINDER_JOB, key, runAt: at > now ? at : now, payload: { actionItemId: item.id, dueDate: item.dueDate } });
}

export const actionItemReminderJob = defineJob({
  kind: ACTION_ITEM_REMINDER_JOB,
  run: async (_deps, tx, job) => {
    const [item] = await tx.select().from(actionItems).where(eq(actionItems.id, String(job.payload.actionItemId)));
    // Changed since the reminder was planned: a newer one (or none) applies.
    if (item?.status !== 'open' || item.dueDate !== job.payload.dueDate) return;
    if (!item.meetingId) return remindFollowUp(tx, item);
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, item.meetingId));
    if (!meeting || meeting.archivedAt) return;
    await notify(tx, {
      kind: ACTION_ITEM_DUE.kind,
      recordType: 'action_item',
      recordId: item.id,
      // Only owners who may see the meeting hear about its action item.
      access: meeting,
      params: { title: item.title, dueDate: item.dueDate, meeting: meeting.title },
      recipients: await ownerRecipients(tx, item),
    });
  },
});
