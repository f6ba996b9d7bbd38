// Who coordinates a body today and who is next in its rotation order, in the mission's dates.
import { localDate } from '../../platform/calendar/time-zones.ts';
import { DEFAULT_MEETING_ZONE } from './cadence.ts';
import type { CoordinatorRow } from './bodies.repository.ts';

/** Today's date where the mission works: terms of coordinators are Jakarta dates. */
export const missionToday = (now = new Date()) => localDate(now, DEFAULT_MEETING_ZONE);

/**
 * The coordinator in office on `today` (terms include both their first and
 * last day; the latest start wins if terms overlap) and the party next in the
 * rotation order after them. With nobody in office, the rotation continues
 * from the latest term that has started; with no history, it starts at the
 * top of the order.
 */
export function coordination(rows: CoordinatorRow[], rotationOrder: string[], today = missionToday()) {
  const started = rows.filter((r) => r.fromDate <= today).sort((a, b) => (a.fromDate < b.fromDate ? -1 : a.fromDate > b.fromDate ? 1 : 0));
  const current = [...started].reverse().find((r) => !r.toDate || r.toDate >= today) ?? null;
  const anchor = current ?? started.at(-1) ?? null;
  let nextPartyCode: string | null = null;
  if (rotationOrder.length > 0) {
    const i = anchor ? rotationOrder.indexOf(anchor.partyCode) : -1;
    nextPartyCode = anchor && i === -1 ? null : rotationOrder[(i + 1) % rotationOrder.length];
  }
  return { current, nextPartyCode };
}
