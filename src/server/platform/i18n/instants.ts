// Instants worded for a reader: the wall clock and date in the zone they were set in, in the reader's language.
import type { Language } from '../../../shared/common.ts';
import { wallClock } from '../calendar/time-zones.ts';
import { text } from './texts.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `12:00` (or `12:00:30` when the seconds matter) in the zone. */
function clock(at: Date, zone: string) {
  const w = wallClock(at, zone);
  return `${pad(w.hour)}:${pad(w.minute)}${w.second ? `:${pad(w.second)}` : ''}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function calendarDate(at: Date, zone: string, lang: Language) {
  const key = `${lang}|${zone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(key, f);
  }
  return f.format(at);
}

/** An instant as a reader in `zone` says it: "12:00 on 4 December 2026 (Asia/Jakarta)". */
export function formatInstant(at: Date, zone: string, lang: Language = 'en') {
  return text(lang, 'common.instant.at', { clock: clock(at, zone), date: calendarDate(at, zone, lang), zone });
}

/**
 * A deadline in the procedure's zone and, when it differs, in a party's own:
 * "12:00 on 4 December 2026 (Asia/Jakarta) — 12:00 in Viet Nam
 * (Asia/Ho_Chi_Minh)". The local date is repeated only when it is another day there.
 */
export function formatDeadline(at: Date, zone: string, lang: Language, own?: { zone: string; party: string } | null) {
  const main = formatInstant(at, zone, lang);
  if (!own || own.zone === zone) return main;
  const date = calendarDate(at, own.zone, lang);
  const sameDay = date === calendarDate(at, zone, lang);
  return text(lang, sameDay ? 'common.instant.alsoLocal' : 'common.instant.alsoLocalOtherDay', { main, clock: clock(at, own.zone), date, party: own.party, zone: own.zone });
}
