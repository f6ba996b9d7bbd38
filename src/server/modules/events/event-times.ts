// An event's local date or date-and-time in its zone, to and from the stored instants.
import { addDays, localDate, resolveTimeZone, startOfDay, wallClock, zonedInstant } from '../../platform/calendar/time-zones.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant a local `YYYY-MM-DD` (the day's start) or `YYYY-MM-DDTHH:MM` stands for in `zone`. */
export function toInstant(local: string, zone: string): Date {
  const [date, time] = local.split('T');
  if (!time) return startOfDay(date, zone);
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return zonedInstant({ year, month, day, hour, minute, second: 0 }, zone);
}

/** Local `YYYY-MM-DDTHH:MM` of an instant in `zone`. */
export function toLocal(instant: Date, zone: string): string {
  const w = wallClock(instant, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export const validZone = (zone: string) => resolveTimeZone(zone) !== null;

/**
 * The stored instants of an event given as local values: an all-day event
 * (dates only) ends at the start of the day after its last day (exclusive).
 */
export function eventInstants(starts: string, ends: string | null | undefined, zone: string) {
  const allDay = !starts.includes('T');
  const startsAt = toInstant(starts, zone);
  const endsAt = ends ? (allDay ? startOfDay(addDays(ends, 1), zone) : toInstant(ends, zone)) : null;
  return { allDay, startsAt, endsAt };
}

/** The local values of stored instants, as the contract gives them. */
export function eventLocals(e: { allDay: boolean; startsAt: Date; endsAt: Date | null; timeZone: string }) {
  if (e.allDay) {
    return { starts: localDate(e.startsAt, e.timeZone), ends: e.endsAt ? localDate(new Date(e.endsAt.getTime() - 1), e.timeZone) : null };
  }
  return { starts: toLocal(e.startsAt, e.timeZone), ends: e.endsAt ? toLocal(e.endsAt, e.timeZone) : null };
}
