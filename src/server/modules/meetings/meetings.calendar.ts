// The meetings module's calendar items: every meeting, and the due date of each open action item.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { actionItems } from '../../db/schema/meetings.table.ts';
import { cancelCalendarItems, dayStart, updateCalendarAccess, upsertCalendarItem } from '../../platform/calendar/calendar.service.ts';
import { STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';
import type { MeetingRow } from './meetings.repository.ts';

/** Every meeting is on the calendar, in its own zone; a cancelled or archived one stays there as cancelled. */
export async function syncMeetingCalendar(tx: Tx, m: MeetingRow) {
  if (m.archivedAt) return cancelCalendarItems(tx, 'meeting', m.id);
  await upsertCalendarItem(tx, {
    module: 'meetings',
    recordType: 'meeting',
    recordId: m.id,
    groupKey: m.bodyId,
    title: m.title,
    location: m.venue ?? m.onlineUrl,
    description: m.onlineUrl && m.venue ? m.onlineUrl : null,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    timeZone: m.timeZone,
    url: `/meetings/${m.id}`,
    access: m,
    status: m.status === 'cancelled' ? 'cancelled' : m.status === 'planned' ? 'tentative' : 'confirmed',
  });
}

type ActionItemRow = typeof actionItems.$inferSelect;

/** An open action item with a due date is an all-day item on that date (in the meeting's zone). */
export async function syncActionItemCalendar(tx: Tx, item: ActionItemRow, meeting: MeetingRow) {
  if (item.status !== 'open' || !item.dueDate || meeting.archivedAt) return cancelCalendarItems(tx, 'action_item', item.id);
  await upsertCalendarItem(tx, {
    module: 'meetings',
    recordType: 'action_item',
    recordId: item.id,
    itemKey: 'due',
    groupKey: item.bodyId,
    title: text(STORED_TEXT_LANGUAGE, 'meetings.calendar.actionItemDue', { title: item.title }),
    description: meeting.title,
    startsAt: dayStart(item.dueDate, meeting.timeZone),
    allDay: true,
    timeZone: meeting.timeZone,
    url: `/meetings/${meeting.id}`,
    access: meeting,
  });
}

/** A meeting's action items follow its access and archiving. */
export async function followMeetingOnCalendar(tx: Tx, meeting: MeetingRow) {
  const items = await tx.select().from(actionItems).where(eq(actionItems.meetingId, meeting.id));
  for (const item of items) {
    await updateCalendarAccess(tx, 'action_item', item.id, meeting);
    await syncActionItemCalendar(tx, item, meeting);
  }
}
