// The liaison module's calendar items: an open request's target date, and an agreement's expiry and notice deadline.
import type { Tx } from '../../db/client.ts';
import type { agreements, liaisonRequests } from '../../db/schema/liaison.table.ts';
import { type CalendarItemKeyed, cancelCalendarItems, dayStart, replaceCalendarItems } from '../../platform/calendar/calendar.service.ts';
import { STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';
import { FINAL_LIAISON_STATUSES } from '../../../shared/liaison.ts';
import { noticeDeadline } from './agreement-dates.ts';

/** Liaison dates are the mission's dates: Jakarta's. */
export const MISSION_TIME_ZONE = 'Asia/Jakarta';

/** An open request's target date, visible exactly as the request is (a liaison officer sees their own organisation's). */
export async function syncRequestCalendar(tx: Tx, r: typeof liaisonRequests.$inferSelect) {
  if (r.archivedAt || !r.targetDate || FINAL_LIAISON_STATUSES.includes(r.status)) return cancelCalendarItems(tx, 'liaison_request', r.id);
  const item: CalendarItemKeyed = {
    module: 'liaison',
    itemKey: 'target',
    title: text(STORED_TEXT_LANGUAGE, 'liaison.calendar.target', { reference: r.reference, subject: r.subject }),
    description: r.subject,
    startsAt: dayStart(r.targetDate, MISSION_TIME_ZONE),
    allDay: true,
    timeZone: MISSION_TIME_ZONE,
    url: `/liaison/requests/${r.id}`,
    access: r,
  };
  await replaceCalendarItems(tx, 'liaison_request', r.id, [item]);
}

/** An agreement's expiry and notice deadline, while it is in force. */
export async function syncAgreementCalendar(tx: Tx, a: typeof agreements.$inferSelect) {
  if (a.archivedAt || a.status !== 'in_force') return cancelCalendarItems(tx, 'agreement', a.id);
  const notice = noticeDeadline(a);
  const item = (itemKey: string, date: string, key: string): CalendarItemKeyed => ({
    module: 'liaison',
    itemKey,
    title: text(STORED_TEXT_LANGUAGE, `liaison.calendar.${key}`, { title: a.names.en }),
    startsAt: dayStart(date, MISSION_TIME_ZONE),
    allDay: true,
    timeZone: MISSION_TIME_ZONE,
    url: `/liaison/agreements/${a.id}`,
    access: a,
  });
  await replaceCalendarItems(tx, 'agreement', a.id, [
    ...(a.expiresOn ? [item('expiry', a.expiresOn, 'expiry')] : []),
    ...(notice ? [item('notice', notice, 'notice')] : []),
  ]);
}
