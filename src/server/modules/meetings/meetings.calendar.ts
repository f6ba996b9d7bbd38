// The meetings module's calendar items: every meeting, the due date of each open action item, and the date each body is due to meet.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { actionItems, bodies } from '../../db/schema/meetings.table.ts';
import { cancelCalendarItems, dayStart, updateCalendarAccess, upsertCalendarItem } from '../../platform/calendar/calendar.service.ts';
import { systemContext } from '../../platform/context.ts';
import { inEveryLanguage, STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';
import { meetingFactsOf } from './bodies.repository.ts';
import { deriveHealth } from './cadence.ts';
import type { MeetingRow } from './meetings.repository.ts';

/** Every meeting is on the calendar, in its own zone; a cancelled or archived one stays there as cancelled. */
export async function syncMeetingCalendar(tx: Tx, m: MeetingRow) {
  if (m.archivedAt) return cancelCalendarItems(tx, 'meeting', m.id);
  await upsertCalendarItem(tx, {
    module: 'meetings',
    recordType: 'meeting',
    recordId: m.id,
    groupKey: m.bodyId,
    kind: 'meeting',
    title: m.title,
    titles: { en: m.title, ...(m.titleRu ? { ru: m.titleRu } : {}) },
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
    kind: 'action_item_due',
    title: text(STORED_TEXT_LANGUAGE, 'meetings.calendar.actionItemDue', { title: item.title }),
    titles: inEveryLanguage('meetings.calendar.actionItemDue', { title: item.title }),
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

type BodyRow = typeof bodies.$inferSelect;

/**
 * A body with a cadence is on the calendar on the date it is due to meet (an
 * all-day item in the zone of its last meeting) while no meeting is scheduled;
 * the item goes when one is, or when the body is archived or has no cadence.
 */
export async function syncBodyDueCalendar(tx: Tx, body: BodyRow, now = new Date()) {
  const { last, next } = await meetingFactsOf(tx, systemContext('meetings.body_due_calendar'), [body.id], now);
  const health = deriveHealth(body, last.get(body.id) ?? null, next.get(body.id) ?? null, now);
  if (body.archivedAt || !health.nextDueOn || health.state === 'scheduled') return cancelCalendarItems(tx, 'body', body.id);
  const name = (names: string) => (body.acronym ? `${names} (${body.acronym})` : names);
  await upsertCalendarItem(tx, {
    module: 'meetings',
    recordType: 'body',
    recordId: body.id,
    itemKey: 'due',
    groupKey: body.id,
    kind: 'body_due',
    title: text('en', 'meetings.calendar.bodyDue', { name: body.acronym ?? body.names.en }),
    titles: {
      en: text('en', 'meetings.calendar.bodyDue', { name: body.acronym ?? body.names.en }),
      ru: text('ru', 'meetings.calendar.bodyDue', { name: body.acronym ?? body.names.ru ?? body.names.en }),
    },
    description: name(body.names.en),
    startsAt: dayStart(health.nextDueOn, health.timeZone),
    allDay: true,
    timeZone: health.timeZone,
    url: `/bodies/${body.id}`,
    access: body,
  });
}

/** After a meeting changes, its body's due date may have moved. */
export async function followBodyOnCalendar(tx: Tx, bodyId: string) {
  const [body] = await tx.select().from(bodies).where(eq(bodies.id, bodyId));
  if (body) await syncBodyDueCalendar(tx, body);
}
