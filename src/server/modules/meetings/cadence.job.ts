// The daily job that tells the staff responsible for each overdue body, once per overdue period.
import { and, isNotNull, isNull, like, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { bodies } from '../../db/schema/meetings.table.ts';
import { settings } from '../../db/schema/settings.table.ts';
import { systemContext } from '../../platform/context.ts';
import { scheduleJob } from '../../platform/jobs/jobs.ts';
import { nextHourUtc } from '../../platform/jobs/recurring.ts';
import type { Schedule } from '../../platform/modules/manifest.ts';
import { defineJob } from '../../platform/jobs/registry.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { meetingFactsOf } from './bodies.repository.ts';
import { deriveHealth } from './cadence.ts';
import { BODY_OVERDUE } from './meetings.notifications.ts';

export const CADENCE_CHECK_JOB = 'meetings.cadence_check';
// Daily, at the start of the working day in Jakarta (01:00 UTC = 08:00 WIB).
const HOUR_UTC = 1;
const MARKER_PREFIX = 'meetings.overdue_notified:';

/**
 * Tells the staff responsible for each overdue body, once per overdue
 * period: a marker keyed by the body and its due date records that they were
 * told, so the next days stay quiet until the body meets (a new due date) and
 * lapses again.
 */
export async function runCadenceCheck(tx: Tx, now = new Date()) {
  const ctx = systemContext(CADENCE_CHECK_JOB);
  const rows = await tx.select().from(bodies).where(and(isNull(bodies.archivedAt), isNotNull(bodies.cadenceMonths)));
  const { last, next } = await meetingFactsOf(tx, ctx, rows.map((b) => b.id), now);
  let notified = 0;
  for (const b of rows) {
    const health = deriveHealth(b, last.get(b.id) ?? null, next.get(b.id) ?? null, now);
    if (health.state !== 'overdue' || !health.nextDueOn) continue;
    const key = `${MARKER_PREFIX}${b.id}:${health.nextDueOn}`;
    const inserted = await tx
      .insert(settings)
      .values({ key, value: { at: now.toISOString() } })
      .onConflictDoNothing()
      .returning({ key: settings.key });
    if (inserted.length === 0) continue;
    // Markers of earlier overdue periods of this body are no longer needed.
    await tx.delete(settings).where(and(like(settings.key, `${MARKER_PREFIX}${b.id}:%`), sql`${settings.key} <> ${key}`));
    await notify(tx, {
      kind: BODY_OVERDUE.kind,
      recordType: 'body',
      recordId: b.id,
      access: b,
      params: { name: b.acronym ? `${b.nameEn} (${b.acronym})` : b.nameEn, nextDueOn: health.nextDueOn },
      recipients: b.responsibleUserIds,
    });
    notified++;
  }
  return notified;
}

export const cadenceCheckJob = defineJob({
  kind: CADENCE_CHECK_JOB,
  run: async (_deps, tx) => {
    await runCadenceCheck(tx);
    await scheduleJob(tx, { kind: CADENCE_CHECK_JOB, runAt: nextHourUtc(HOUR_UTC, new Date(Date.now() + 60_000)) });
  },
});

/** The daily check's schedule, for the manifest. */
export const cadenceCheckSchedule: Schedule = { kind: CADENCE_CHECK_JOB, firstRun: (_deps, now) => nextHourUtc(HOUR_UTC, now) };

