// Cadence rules: when a body is next due to meet and its health, from the meetings it held, in its own zone.
import type { BodyHealth } from '../../../shared/meetings.ts';
import { addDays, localDate, startOfDay } from '../../platform/calendar/time-zones.ts';

/** Where a body meets unless its meetings say otherwise: the mission's own zone. */
export const DEFAULT_MEETING_ZONE = 'Asia/Jakarta';

/** Statuses of a meeting that actually took place: they count as the body having met. */
export const HELD_STATUSES = ['convened', 'concluded', 'record_approved'] as const;

/**
 * The calendar date `months` after `date` (both `YYYY-MM-DD`). A day the
 * target month lacks becomes its last day (31 January + 1 month = 28/29 February).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export type CadenceRule = { cadenceMonths: number | null; dueSoonDays: number; createdAt: Date };
export type HeldMeeting = { id: string; startsAt: Date; timeZone: string };
export type ScheduledMeeting = { id: string; startsAt: Date };

/**
 * A body's cadence health, derived and never stored. The body should meet
 * again `cadenceMonths` after its last meeting (or after it was set up, if it
 * never met), counted in calendar dates of the zone its last meeting was held
 * in, so it falls due at a local midnight:
 *
 * - `irregular`: no cadence;
 * - `scheduled`: a planned meeting is coming up (the mechanism is being kept alive);
 * - `overdue`: the due date has passed in that zone;
 * - `due_soon`: within `dueSoonDays` of the due date, the due date itself included;
 * - `ok`: otherwise.
 *
 * `scheduled` must be a planned meeting after the last one that has not ended
 * by `now`: the caller selects it.
 */
export function deriveHealth(rule: CadenceRule, last: HeldMeeting | null, scheduled: ScheduledMeeting | null, now = new Date()): BodyHealth {
  const timeZone = last?.timeZone ?? DEFAULT_MEETING_ZONE;
  const base = {
    lastMeetingId: last?.id ?? null,
    lastMeetingAt: last?.startsAt.toISOString() ?? null,
    scheduledMeetingId: scheduled?.id ?? null,
    scheduledMeetingAt: scheduled?.startsAt.toISOString() ?? null,
    timeZone,
  };
  if (!rule.cadenceMonths) return { ...base, state: scheduled ? 'scheduled' : 'irregular', nextDueOn: null };
  const nextDueOn = addMonths(localDate(last?.startsAt ?? rule.createdAt, timeZone), rule.cadenceMonths);
  if (scheduled) return { ...base, state: 'scheduled', nextDueOn };
  const today = localDate(now, timeZone);
  const state = today > nextDueOn ? 'overdue' : today >= addDays(nextDueOn, -rule.dueSoonDays) ? 'due_soon' : 'ok';
  return { ...base, state, nextDueOn };
}

/** The instant a body with this due date becomes overdue: the next local midnight after it. */
export const overdueFrom = (nextDueOn: string, timeZone: string) => startOfDay(addDays(nextDueOn, 1), timeZone);
