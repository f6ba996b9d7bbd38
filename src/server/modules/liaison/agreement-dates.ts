// The dates an agreement's alerts follow: its notice deadline, and the instants 90 and 30 days before each date.
import { addDays, startOfDay } from '../../platform/calendar/time-zones.ts';

/** Days before a date that the responsible staff member is told. */
export const ALERT_LEADS = [90, 30] as const;

/** The last day notice may be given: the expiry less the notice period. */
export function noticeDeadline(a: { expiresOn: string | null; noticeDays: number | null }): string | null {
  if (!a.expiresOn || a.noticeDays === null || a.noticeDays === undefined) return null;
  return addDays(a.expiresOn, -a.noticeDays);
}

export type AlertPlan = { key: string; which: 'expiry' | 'notice'; date: string; lead: number; runAt: Date };

/** Every alert an agreement in force calls for: 09:00 in Jakarta, 90 and 30 days before its expiry and its notice deadline. */
export function alertPlan(a: { id: string; status: string; archivedAt: Date | null; expiresOn: string | null; noticeDays: number | null }): AlertPlan[] {
  if (a.archivedAt || a.status !== 'in_force') return [];
  const dates: { which: 'expiry' | 'notice'; date: string | null }[] = [
    { which: 'expiry', date: a.expiresOn },
    { which: 'notice', date: noticeDeadline(a) },
  ];
  return dates.flatMap(({ which, date }) =>
    date
      ? ALERT_LEADS.map((lead) => ({
          key: `agreement-alert:${a.id}:${which}:${date}:${lead}`,
          which,
          date,
          lead,
          runAt: new Date(startOfDay(addDays(date, -lead), 'Asia/Jakarta').getTime() + 9 * 3_600_000),
        }))
      : [],
  );
}
