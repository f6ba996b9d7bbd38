// Calendar days in the user's own zone, as YYYY-MM-DD keys, weeks starting on Monday.
/**
 * Calendar days in the user's own zone (the browser's), as `YYYY-MM-DD` keys.
 * Weeks start on Monday, as they do at the mission.
 */
export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** Days the agenda covers from its first day. */
export const AGENDA_DAYS = 30;

const pad = (n: number) => String(n).padStart(2, '0');

export const dayKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Local midnight of a day. */
export function dayStartLocal(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function addDays(key: string, n: number): string {
  const d = dayStartLocal(key);
  d.setDate(d.getDate() + n);
  return dayKey(d);
}

export const monthStart = (key: string): string => `${key.slice(0, 7)}-01`;

export function addMonths(key: string, n: number): string {
  const d = dayStartLocal(monthStart(key));
  d.setMonth(d.getMonth() + n);
  return dayKey(d);
}

export function weekStart(key: string): string {
  const weekday = (dayStartLocal(key).getDay() + 6) % 7;
  return addDays(key, -weekday);
}

export const todayKey = (): string => dayKey(new Date());

export interface ViewRange {
  /** Every day shown, in order. */
  days: string[];
  /** First day (inclusive) and the day after the last. */
  start: string;
  end: string;
}

function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d < end && days.length < 62; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The days a view shows around its anchor day. */
export function viewRange(view: CalendarView, anchor: string): ViewRange {
  if (view === 'week') {
    const start = weekStart(anchor);
    const end = addDays(start, 7);
    return { days: daysBetween(start, end), start, end };
  }
  if (view === 'agenda') {
    const end = addDays(anchor, AGENDA_DAYS);
    return { days: daysBetween(anchor, end), start: anchor, end };
  }
  const first = monthStart(anchor);
  const lastDay = addDays(addMonths(first, 1), -1);
  const start = weekStart(first);
  const end = addDays(weekStart(lastDay), 7);
  return { days: daysBetween(start, end), start, end };
}

/** The anchor of the previous or next period. */
export function shiftAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  if (view === 'month') return addMonths(anchor, direction);
  if (view === 'week') return addDays(anchor, 7 * direction);
  return addDays(anchor, AGENDA_DAYS * direction);
}

interface DatedItem {
  allDay: boolean;
  startsAt: string;
  endsAt: string | null;
  startDate: string | null;
  lastDate: string | null;
}

/**
 * The days an item is shown on. All-day items keep their own dates (a holiday
 * in Jakarta is that date everywhere); timed items fall on the user's days.
 */
export function itemDays(item: DatedItem): string[] {
  if (item.allDay && item.startDate) {
    const last = item.lastDate && item.lastDate >= item.startDate ? item.lastDate : item.startDate;
    return daysBetween(item.startDate, addDays(last, 1));
  }
  const start = new Date(item.startsAt);
  const first = dayKey(start);
  if (!item.endsAt) return [first];
  const lastInstant = new Date(new Date(item.endsAt).getTime() - 1);
  const last = lastInstant > start ? dayKey(lastInstant) : first;
  return daysBetween(first, addDays(last, 1));
}
