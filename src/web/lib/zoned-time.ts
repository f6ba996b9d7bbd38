// Wall-clock times in a zone and instants: converting between them and showing both.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from './format.ts';
import { languageOf } from './names.ts';

export const DEFAULT_ZONE = 'Asia/Jakarta';

/** Zones offered when scheduling; any other IANA zone already on a record is kept. */
export const COMMON_ZONES = [
  'Asia/Jakarta',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Phnom_Penh',
  'Asia/Vientiane',
  'Asia/Yangon',
  'Asia/Kuala_Lumpur',
  'Asia/Singapore',
  'Asia/Manila',
  'Asia/Brunei',
  'Asia/Dili',
  'Europe/Moscow',
  'Asia/Vladivostok',
  'UTC',
] as const;

/** The user's own zone, as the browser knows it. */
export const ownZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function partsIn(date: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const out: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Minutes the zone is ahead of UTC at that instant. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "2027-03-17T09:30" on the clocks of `timeZone` → "2027-03-17T09:30:00+07:00". */
export function wallTimeToInstant(wall: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return null;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let offset = zoneOffsetMinutes(new Date(guess), timeZone);
  offset = zoneOffsetMinutes(new Date(guess - offset * 60_000), timeZone);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${offsetText(offset)}`;
}

/** An instant as the clocks of `timeZone` show it, for a datetime-local field. */
export function instantToWallTime(iso: string, timeZone: string): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour % 24)}:${pad(p.minute)}`;
}

/** Formats instants in a meeting's zone, and in the user's own. */
export function useZonedFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(languageOf(i18n.language));
  return useMemo(() => {
    const full = (timeZone: string) =>
      new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
    const timeOnly = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const dayOnly = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    return {
      /** "18 Mar 2026, 09:30 GMT+7 (Asia/Jakarta)". */
      inZone(iso: string, timeZone: string): string {
        return `${full(timeZone).format(new Date(iso))} (${timeZone})`;
      },
      /** The same instant on the user's clocks: the time only on the same day, else the date too. */
      local(iso: string, timeZone: string): string | null {
        const mine = ownZone();
        const d = new Date(iso);
        if (zoneOffsetMinutes(d, mine) === zoneOffsetMinutes(d, timeZone)) return null;
        const sameDay = instantToWallTime(iso, mine).slice(0, 10) === instantToWallTime(iso, timeZone).slice(0, 10);
        return sameDay ? timeOnly.format(d) : dayOnly.format(d);
      },
      /** The time of day only, on the clocks of a zone ("16:00"). */
      timeIn(iso: string, timeZone: string): string {
        return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
      },
      /** The day of an instant in a zone (for dense tables). */
      day(iso: string, timeZone: string): string {
        return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
      },
    };
  }, [locale]);
}
