// Dates, times and zone abbreviations as people in the region read them.
import type { CalendarItem } from '../../../../shared/calendar.ts';

/** Abbreviations people in the region use, where the browser's data has only "GMT+7". */
const ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  'Asia/Bangkok': 'ICT',
  'Asia/Ho_Chi_Minh': 'ICT',
  'Asia/Phnom_Penh': 'ICT',
  'Asia/Vientiane': 'ICT',
  'Asia/Singapore': 'SGT',
  'Asia/Kuala_Lumpur': 'MYT',
  'Asia/Manila': 'PHT',
  'Asia/Yangon': 'MMT',
  'Asia/Brunei': 'BNT',
  'Asia/Dili': 'TLT',
  'Europe/Moscow': 'MSK',
};

export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, zone: string | undefined, kind: 'date' | 'time' | 'zone'): Intl.DateTimeFormat {
  const key = `${locale}|${zone ?? ''}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { day: 'numeric', month: 'short', year: 'numeric' }
        : kind === 'time'
          ? { hour: '2-digit', minute: '2-digit' }
          : { hour: '2-digit', timeZoneName: 'short' };
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    } catch {
      // an unknown zone: the user's own
      f = new Intl.DateTimeFormat(locale, options);
    }
    cache.set(key, f);
  }
  return f;
}

export function zoneAbbreviation(instant: Date, zone: string, locale: string): string {
  if (ABBREVIATIONS[zone]) return ABBREVIATIONS[zone];
  return formatter(locale, zone, 'zone').formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

export const formatDate = (instant: Date, locale: string, zone?: string) => formatter(locale, zone, 'date').format(instant);
export const formatTime = (instant: Date, locale: string, zone?: string) => formatter(locale, zone, 'time').format(instant);

/** Start and end (if any) on the user's clock: "08:00–09:30". */
export function userTimeRange(item: Pick<CalendarItem, 'startsAt' | 'endsAt'>, locale: string): string {
  const start = formatTime(new Date(item.startsAt), locale);
  return item.endsAt ? `${start}–${formatTime(new Date(item.endsAt), locale)}` : start;
}

interface Texts {
  /** "{{time}} {{zone}} ({{id}})" */
  inZone: (values: { time: string; zone: string; id: string }) => string;
  /** "{{time}} your time" */
  yourTime: (values: { time: string }) => string;
  /** "{{dates}}, all day ({{id}})" */
  allDay: (values: { dates: string; id: string }) => string;
  /** Calendar dates as the interface shows them. */
  date: (isoDate: string) => string;
}

function span(start: Date, end: Date | null, locale: string, zone: string | undefined): string {
  const startDay = formatDate(start, locale, zone);
  const startText = `${startDay}, ${formatTime(start, locale, zone)}`;
  if (!end) return startText;
  const endDay = formatDate(end, locale, zone);
  return endDay === startDay ? `${startText}–${formatTime(end, locale, zone)}` : `${startText} – ${endDay}, ${formatTime(end, locale, zone)}`;
}

/**
 * The item's time in its own zone, then on the user's clock when that differs:
 * "4 Dec 2026, 12:00 WIB (Asia/Jakarta) — 08:00 your time".
 */
export function describeItemTime(item: CalendarItem, locale: string, texts: Texts, userZone = userTimeZone()): string {
  if (item.allDay) {
    const first = item.startDate ?? item.startsAt.slice(0, 10);
    const last = item.lastDate ?? first;
    const dates = last === first ? texts.date(first) : `${texts.date(first)} – ${texts.date(last)}`;
    return texts.allDay({ dates, id: item.timeZone });
  }
  const start = new Date(item.startsAt);
  const end = item.endsAt ? new Date(item.endsAt) : null;
  const own = texts.inZone({ time: span(start, end, locale, item.timeZone), zone: zoneAbbreviation(start, item.timeZone, locale), id: item.timeZone });
  const theirs = span(start, end, locale, item.timeZone);
  const mine = span(start, end, locale, userZone);
  if (item.timeZone === userZone || theirs === mine) return own;
  const sameDay = formatDate(start, locale, item.timeZone) === formatDate(start, locale, userZone);
  const mineShort = sameDay && (!end || formatDate(end, locale, userZone) === formatDate(start, locale, userZone)) ? userTimeRange(item, locale) : mine;
  return `${own} — ${texts.yourTime({ time: mineShort })}`;
}
