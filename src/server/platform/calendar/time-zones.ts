// Wall-clock arithmetic in IANA time zones: local dates, start of day, instants from local times, iCalendar dates.
/**
 * Wall-clock arithmetic in IANA time zones, with the zone data built into the
 * JavaScript runtime (Intl). Instants are stored in UTC; these turn them into
 * the local dates and times an iCalendar file or a view needs, and back.
 */

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's canonical spelling (`asia/jakarta` → `Asia/Jakarta`), or null when it is not a zone. */
export function resolveTimeZone(zone: string): string | null {
  if (!zone || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The local date and time of an instant in a zone. */
export function wallClock(instant: Date, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

const asUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Milliseconds the zone is ahead of UTC at this instant. */
const offsetAt = (ms: number, zone: string) => asUtc(wallClock(new Date(ms), zone)) - Math.floor(ms / 1000) * 1000;

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time in a zone stands for. A time that occurs twice
 * (clocks going back) is the earlier; a time skipped (clocks going forward)
 * moves forward by the gap.
 */
export function zonedInstant(w: WallClock, zone: string): Date {
  const guess = asUtc(w);
  const candidates = [...new Set([offsetAt(guess - DAY_MS, zone), offsetAt(guess + DAY_MS, zone)])].map((o) => guess - o);
  const exact = candidates.filter((t) => asUtc(wallClock(new Date(t), zone)) === guess);
  return new Date(exact.length ? Math.min(...exact) : Math.max(...candidates));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  const w = wallClock(instant, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a day begins in a zone. */
export function startOfDay(date: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return zonedInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, zone);
}

/** `YYYYMMDD` and `YYYYMMDDTHHMMSS` as iCalendar writes local dates and times. */
export const icsDate = (date: string) => date.replaceAll('-', '');
export function icsLocalDateTime(instant: Date, zone: string): string {
  const w = wallClock(instant, zone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}
export const icsUtcDateTime = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
