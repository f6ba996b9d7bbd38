// The initiatives module's calendar items: each milestone's planned date, each expected progress report's due date, and an initiative's planned start and end.
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { initiativeMilestones, initiativeReports, type initiatives } from '../../db/schema/initiatives.table.ts';
import { type CalendarItemKeyed, cancelCalendarItems, dayStart, replaceCalendarItems } from '../../platform/calendar/calendar.service.ts';
import { STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';

/** Dates of initiatives are the mission's dates: Jakarta's. */
export const MISSION_TIME_ZONE = 'Asia/Jakarta';

/**
 * Re-derives an initiative's calendar items from its stored dates whenever it
 * or one of its milestones is saved; they are visible exactly as the
 * initiative is. An archived, closed or cancelled initiative has none.
 */
export async function syncInitiativeCalendar(tx: Tx, i: typeof initiatives.$inferSelect) {
  if (i.archivedAt || i.stage === 'cancelled' || i.stage === 'closed') return cancelCalendarItems(tx, 'initiative', i.id);
  const milestones = await tx.select().from(initiativeMilestones).where(eq(initiativeMilestones.initiativeId, i.id)).orderBy(asc(initiativeMilestones.plannedDate));
  const reports = await tx.select().from(initiativeReports).where(eq(initiativeReports.initiativeId, i.id)).orderBy(asc(initiativeReports.dueDate));
  const item = (itemKey: string, date: string, key: string, title: string): CalendarItemKeyed => ({
    module: 'initiatives',
    itemKey,
    groupKey: i.fundId,
    title: text(STORED_TEXT_LANGUAGE, `initiatives.calendar.${key}`, { reference: i.reference, title }),
    description: i.titleEn,
    startsAt: dayStart(date, MISSION_TIME_ZONE),
    allDay: true,
    timeZone: MISSION_TIME_ZONE,
    url: `/initiatives/${i.id}`,
    access: i,
  });
  const items: CalendarItemKeyed[] = [
    ...(i.plannedStart && !i.actualStart ? [item('planned_start', i.plannedStart, 'plannedStart', i.titleEn)] : []),
    ...(i.plannedEnd && !i.actualEnd ? [item('planned_end', i.plannedEnd, 'plannedEnd', i.titleEn)] : []),
    ...milestones.filter((m) => !m.actualDate).map((m) => item(`milestone:${m.id}`, m.plannedDate, 'milestone', m.title)),
    ...reports.filter((r) => r.dueDate && !r.submittedOn).map((r) => item(`report:${r.id}`, r.dueDate as string, 'reportDue', `${r.periodStart} – ${r.periodEnd}`)),
  ];
  await replaceCalendarItems(tx, 'initiative', i.id, items);
}
