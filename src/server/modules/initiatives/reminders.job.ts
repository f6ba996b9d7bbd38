// Reminders to an initiative's responsible staff member when a milestone or a progress report falls due (7 days before) and when it is overdue, each sent once.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { initiativeMilestones, initiativeReports, initiatives } from '../../db/schema/initiatives.table.ts';
import { addDays, zonedInstant } from '../../platform/calendar/time-zones.ts';
import { inEveryLanguage, text } from '../../platform/i18n/texts.ts';
import { cancelJob, scheduleJob } from '../../platform/jobs/jobs.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { MISSION_TIME_ZONE } from './initiatives.calendar.ts';

export const DUE_REMINDER_JOB = 'initiatives.due_reminder';
/** How long before the due date the first reminder goes, at 09:00 in Jakarta; the second goes the day after the due date. */
export const REMINDER_DAYS_BEFORE = 7;
export const PHASES = ['soon', 'overdue'] as const;
type Phase = (typeof PHASES)[number];
type Part = 'report' | 'milestone';

const n = (key: string) => `initiatives.notifications.${key}`;
const kind = (k: string, name: string) =>
  defineNotificationKind({
    kind: k,
    label: inEveryLanguage(n(`${name}.label`)),
    render: (p, lang) => ({ title: text(lang, n(`${name}.${p.phase}.title`), p), body: text(lang, n(`${name}.${p.phase}.body`), p) }),
    path: (_type, id) => `/initiatives/${id}`,
  });
export const REPORT_DUE = kind('initiatives.report_due', 'reportDue');
export const MILESTONE_DUE = kind('initiatives.milestone_due', 'milestoneDue');

export const reminderKey = (part: Part, id: string, phase: Phase) => `initiative.${part}_due:${id}:${phase}`;
/** The instant a reminder goes: 09:00 in Jakarta, 7 days before the due date or the day after it. */
export function reminderAt(dueDate: string, phase: Phase) {
  const [year, month, day] = addDays(dueDate, phase === 'soon' ? -REMINDER_DAYS_BEFORE : 1)
    .split('-')
    .map(Number);
  return zonedInstant({ year, month, day, hour: 9, minute: 0, second: 0 }, MISSION_TIME_ZONE);
}
const sentMark = (dueDate: string, phase: Phase) => `${dueDate}:${phase}`;

/**
 * Keeps one pending reminder per phase for an open part with a due date.
 * A reminder already sent for this due date is not planned again (a moved
 * due date gets its own); a filed report or a reached milestone has none.
 */
async function plan(tx: Tx, part: Part, id: string, dueDate: string | null, done: boolean, sent: string[], now: Date) {
  for (const phase of PHASES) {
    const key = reminderKey(part, id, phase);
    if (done || !dueDate || sent.includes(sentMark(dueDate, phase))) {
      await cancelJob(tx, key);
      continue;
    }
    // The first reminder is not sent once the due date has passed: the overdue one says it.
    if (phase === 'soon' && reminderAt(dueDate, 'overdue') <= now) {
      await cancelJob(tx, key);
      continue;
    }
    const at = reminderAt(dueDate, phase);
    await scheduleJob(tx, { kind: DUE_REMINDER_JOB, key, runAt: at > now ? at : now, payload: { part, id, dueDate, phase } });
  }
}

export const scheduleReportReminder = (tx: Tx, r: typeof initiativeReports.$inferSelect, now = new Date()) => plan(tx, 'report', r.id, r.dueDate, r.submittedOn !== null, r.remindersSent, now);
export const scheduleMilestoneReminder = (tx: Tx, m: typeof initiativeMilestones.$inferSelect, now = new Date()) =>
  plan(tx, 'milestone', m.id, m.plannedDate, m.actualDate !== null, m.remindersSent, now);

/** Sends the reminder unless the part was done, its due date moved or this reminder went already; marks it sent in the same transaction. */
export const dueReminderJob = defineJob({
  kind: DUE_REMINDER_JOB,
  run: async (_deps, tx, job) => {
    const { part, id, dueDate, phase } = job.payload as { part: Part; id: string; dueDate: string; phase: Phase };
    const table = part === 'report' ? initiativeReports : initiativeMilestones;
    const [row] = await tx.select().from(table).where(eq(table.id, id)).for('update');
    if (!row) return;
    const current = 'dueDate' in row ? row.dueDate : row.plannedDate;
    const done = 'submittedOn' in row ? row.submittedOn !== null : row.actualDate !== null;
    const mark = sentMark(dueDate, phase);
    if (done || current !== dueDate || row.remindersSent.includes(mark)) return;
    const [i] = await tx.select().from(initiatives).where(eq(initiatives.id, row.initiativeId));
    if (!i || i.archivedAt || i.stage === 'closed' || i.stage === 'cancelled') return;
    await tx
      .update(table)
      .set({ remindersSent: sql`array_append(${table.remindersSent}, ${mark})` })
      .where(eq(table.id, id));
    const title = 'title' in row ? row.title : `${row.periodStart} – ${row.periodEnd}`;
    await notify(tx, {
      kind: part === 'report' ? REPORT_DUE.kind : MILESTONE_DUE.kind,
      recordType: 'initiative',
      recordId: i.id,
      // Only a responsible person who may see the initiative hears of it.
      access: i,
      params: { reference: i.reference, initiative: i.titleEn, title, dueDate, phase },
      recipients: i.responsibleUserId ? [i.responsibleUserId] : [],
    });
  },
});
