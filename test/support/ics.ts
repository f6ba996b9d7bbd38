// Parses iCalendar text in tests, with ical.js.
import ICAL from 'ical.js';
import { expect } from 'vitest';

export type ParsedEvent = {
  uid: string;
  sequence: number;
  summary: string;
  description: string | null;
  status: string;
  url: string;
  start: ICAL.Time;
  end: ICAL.Time;
  /** TZID parameter of DTSTART, when the start is a local time in a zone. */
  tzid: string | null;
  allDay: boolean;
};

/**
 * Reads an iCalendar text with ical.js (an independent parser) after checking
 * the rules of its lines: CRLF endings, no line over 75 octets. The zones are
 * taken only from the file's own VTIMEZONEs, so a wrong or missing VTIMEZONE
 * shows up as a wrong instant.
 */
export function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  ICAL.TimezoneService.reset();
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents('vtimezone');
  for (const tz of zones) ICAL.TimezoneService.register(tz);
  const tzids = zones.map((tz) => String(tz.getFirstPropertyValue('tzid')));
  const events: ParsedEvent[] = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    for (const name of ['dtstart', 'dtend']) {
      const tzid = v.getFirstProperty(name)?.getParameter('tzid');
      if (tzid) expect(tzids, `VTIMEZONE for ${tzid}`).toContain(tzid);
    }
    expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
    const tzid = v.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: e.uid,
      sequence: e.sequence,
      summary: e.summary,
      description: e.description ?? null,
      status: String(v.getFirstPropertyValue('status')),
      url: String(v.getFirstPropertyValue('url')),
      start: e.startDate,
      end: e.endDate,
      tzid: typeof tzid === 'string' ? tzid : null,
      allDay: e.startDate.isDate,
    };
  });
  return {
    method: String(cal.getFirstPropertyValue('method')),
    name: String(cal.getFirstPropertyValue('x-wr-calname')),
    tzids,
    events,
    byUid: (uid: string) => events.find((e) => e.uid === uid),
  };
}
