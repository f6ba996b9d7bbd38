// The events module's calendar item: each event at its time in its zone (cancelled ones kept, marked cancelled, for subscribers).
import type { Tx } from '../../db/client.ts';
import type { missionEvents } from '../../db/schema/events.table.ts';
import { removeCalendarItems, upsertCalendarItem } from '../../platform/calendar/calendar.service.ts';

/** Re-derives the event's calendar item whenever it is saved: its UID stays, its SEQUENCE moves with each reschedule. */
export async function syncEventCalendar(tx: Tx, e: typeof missionEvents.$inferSelect) {
  if (e.archivedAt) return removeCalendarItems(tx, 'event', e.id);
  await upsertCalendarItem(tx, {
    module: 'events',
    recordType: 'event',
    recordId: e.id,
    groupKey: e.kind,
    title: e.names.en,
    description: e.description,
    location: e.venue,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    allDay: e.allDay,
    timeZone: e.timeZone,
    url: `/events/${e.id}`,
    access: e,
    status: e.status === 'cancelled' ? 'cancelled' : e.status === 'planned' ? 'tentative' : 'confirmed',
  });
}
