// Review and renewal alerts: a durable job per agreement, date and lead (90 and 30 days), each run exactly once, moved when the dates change.
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { jobs } from '../../db/schema/jobs.table.ts';
import { agreements } from '../../db/schema/liaison.table.ts';
import { dropJob, scheduleJob } from '../../platform/jobs/jobs.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { alertPlan } from './agreement-dates.ts';
import { AGREEMENT_ALERT } from './liaison.notifications.ts';

export const AGREEMENT_ALERT_JOB = 'liaison.agreement_alert';

/**
 * Keeps an agreement's alert jobs in step with its dates. A job's key names
 * the agreement, the date (expiry or notice deadline), the date itself and the
 * lead, so: a changed date drops the old date's pending jobs and schedules
 * the new ones; an alert already given for a date (its job done) is never
 * scheduled again; an alert whose time has passed is not scheduled.
 */
export async function syncAgreementAlerts(tx: Tx, a: typeof agreements.$inferSelect, before: typeof agreements.$inferSelect | null, now = new Date()) {
  const plan = alertPlan(a);
  const wanted = new Set(plan.map((p) => p.key));
  const previous = before ? alertPlan(before) : [];
  for (const p of previous) if (!wanted.has(p.key)) await dropJob(tx, p.key);
  const due = plan.filter((p) => p.runAt > now);
  if (due.length === 0) return;
  const given = await tx
    .select({ key: jobs.key })
    .from(jobs)
    .where(and(inArray(jobs.key, due.map((p) => p.key)), eq(jobs.status, 'done')));
  const done = new Set(given.map((g) => g.key));
  for (const p of due) {
    if (done.has(p.key)) continue;
    await scheduleJob(tx, { kind: AGREEMENT_ALERT_JOB, key: p.key, runAt: p.runAt, payload: { agreementId: a.id, which: p.which, date: p.date, lead: p.lead } });
  }
}

/** The keys of an agreement's alert jobs (for tests and the admin's view). */
export const alertKeyPattern = (agreementId: string) => like(jobs.key, `agreement-alert:${agreementId}:%`);

/** Tells the responsible staff member, once, if the agreement still has that date. */
export const agreementAlertJob = defineJob({
  kind: AGREEMENT_ALERT_JOB,
  async run(_deps, tx, job) {
    const p = job.payload as { agreementId: string; which: 'expiry' | 'notice'; date: string; lead: number };
    const [a] = await tx.select().from(agreements).where(eq(agreements.id, p.agreementId)).for('no key update');
    if (!a) return;
    // The date moved or the agreement left force since the job was queued: its successor job (if any) will tell.
    if (!alertPlan(a).some((x) => x.key === job.key)) return;
    const recipient = a.responsibleUserId ?? a.createdBy;
    if (!recipient) return;
    await notify(tx, {
      kind: AGREEMENT_ALERT.kind,
      recordType: 'agreement',
      recordId: a.id,
      access: a,
      params: { title: a.names.en, which: p.which, date: p.date, days: p.lead },
      recipients: [recipient],
    });
  },
});
