// Writes iCalendar (RFC 5545) text for one item or a whole feed, with time zones and folded lines.
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { CalendarStatus } from '../../../shared/calendar.ts';
import type { Classification } from '../../../shared/common.ts';
import { addDays, icsDate, icsLocalDateTime, icsUtcDateTime, localDate } from './time-zones.ts';

/**
 * iCalendar (RFC 5545) text for one item or a whole feed: CRLF line ends,
 * lines folded at 75 octets, TEXT escaped, one VTIMEZONE for every TZID used,
 * all-day items as VALUE=DATE with an exclusive DTEND.
 */

export type IcsEvent = {
  uid: string;
  sequence: number;
  status: CalendarStatus;
  title: string;
  description: string | null;
  location: string | null;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  timeZone: string;
  /** Absolute address of the record. */
  url: string;
  classification: Classification;
  createdAt: Date;
  updatedAt: Date;
};

export type IcsCalendar = {
  name: string;
  events: IcsEvent[];
  /** How often a subscribed client should refresh (feeds only). */
  refreshMinutes?: number;
  now?: Date;
};

const PRODID = '-//Chancery//Calendar 1.0//EN';

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11). */
export const escapeText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

type ZoneBlock = { tzid: string; lines: string[] } | null;
const zoneBlocks = new Map<string, ZoneBlock>();

/** The VTIMEZONE for an IANA zone and the TZID it declares (aliases resolve, e.g. Asia/Saigon → Asia/Ho_Chi_Minh). */
function zoneBlock(zone: string): ZoneBlock {
  if (zoneBlocks.has(zone)) return zoneBlocks.get(zone) ?? null;
  let block: ZoneBlock = null;
  const found = tzlib_get_ical_block(zone);
  if (Array.isArray(found) && found[0]) {
    const lines = found[0].split(/\r?\n/).filter(Boolean);
    const tzid = lines.find((l) => l.startsWith('TZID:'))?.slice(5);
    if (tzid) block = { tzid, lines };
  }
  zoneBlocks.set(zone, block);
  return block;
}

const ICS_CLASS: Record<Classification, string> = { public: 'PUBLIC', mission: 'PRIVATE', shared: 'PRIVATE', restricted: 'CONFIDENTIAL' };

function eventLines(e: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`, `CREATED:${icsUtcDateTime(e.createdAt)}`, `LAST-MODIFIED:${icsUtcDateTime(e.updatedAt)}`, `SEQUENCE:${e.sequence}`];
  if (e.allDay) {
    const first = localDate(e.startsAt, e.timeZone);
    // Stored all-day items end at a local midnight: that day is the exclusive DTEND.
    const end = e.endsAt && e.endsAt > e.startsAt ? localDate(new Date(e.endsAt.getTime() - 1), e.timeZone) : first;
    lines.push(`DTSTART;VALUE=DATE:${icsDate(first)}`, `DTEND;VALUE=DATE:${icsDate(addDays(end, 1))}`, 'TRANSP:TRANSPARENT');
  } else {
    const zone = zoneBlock(e.timeZone);
    const at = (d: Date) => (zone ? `;TZID=${zone.tzid}:${icsLocalDateTime(d, e.timeZone)}` : `:${icsUtcDateTime(d)}`);
    lines.push(`DTSTART${at(e.startsAt)}`);
    if (e.endsAt) lines.push(`DTEND${at(e.endsAt)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`, `STATUS:${e.status.toUpperCase()}`, `CLASS:${ICS_CLASS[e.classification]}`, 'END:VEVENT');
  return lines;
}

/** A VCALENDAR with METHOD:PUBLISH: a one-way copy that clients keep in step by UID and SEQUENCE. */
export function buildCalendar(cal: IcsCalendar): string {
  const stamp = icsUtcDateTime(cal.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(cal.name)}`];
  if (cal.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${cal.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${cal.refreshMinutes}M`);
  }
  const zones = new Map<string, string[]>();
  for (const e of cal.events) {
    if (e.allDay) continue;
    const block = zoneBlock(e.timeZone);
    if (block) zones.set(block.tzid, block.lines);
  }
  for (const block of zones.values()) lines.push(...block);
  for (const e of cal.events) lines.push(...eventLines(e, stamp));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
