// The dialogue module's calendar items: each engagement at its time, in its zone, visible as the engagement is.
import type { Tx } from '../../db/client.ts';
import type { engagements } from '../../db/schema/dialogue.table.ts';
import { cancelCalendarItems, upsertCalendarItem } from '../../platform/calendar/calendar.service.ts';

/** Re-derives an engagement's calendar item whenever it is saved; an archived one has none. */
export async function syncEngagementCalendar(tx: Tx, e: typeof engagements.$inferSelect) {
  if (e.archivedAt) return cancelCalendarItems(tx, 'engagement', e.id);
  await upsertCalendarItem(tx, {
    module: 'dialogue',
    recordType: 'engagement',
    recordId: e.id,
    groupKey: e.kind,
    title: e.title,
    description: e.outcomes,
    location: e.place,
    startsAt: e.startsAt,
    endsAt: e.endsAt ?? new Date(e.startsAt.getTime() + 60 * 60 * 1000),
    timeZone: e.timeZone,
    url: `/dialogue/engagements/${e.id}`,
    access: e,
    status: 'confirmed',
  });
}
