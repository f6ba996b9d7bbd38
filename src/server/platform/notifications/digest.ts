// The daily digest job: one e-mail per user gathering their pending digest notifications.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { notifications } from '../../db/schema/notifications.table.ts';
import { scheduleJob } from '../jobs/jobs.ts';
import { nextHourUtc } from '../jobs/recurring.ts';
import type { Schedule } from '../modules/manifest.ts';
import { defineJob } from '../jobs/registry.ts';
import { notificationKind, renderNotification } from './catalog.ts';
import { queueMail } from './mail.ts';
import { composeMail, digestSubject } from './mail-text.ts';

export const DIGEST_JOB = 'notifications.digest';

/** The next digest instant: today or tomorrow at DIGEST_HOUR_UTC. */
export const nextDigestAt = nextHourUtc;

/** The daily digest's schedule, for the platform's manifest. */
export const digestSchedule: Schedule = { kind: DIGEST_JOB, firstRun: (deps, now) => nextDigestAt(deps.config.digestHourUtc, now) };

/** Gathers each user's pending digest notifications into one e-mail, then queues tomorrow's digest. */
export async function sendDigests(tx: Tx) {
  const pending = await tx
    .select({ n: notifications, user: { id: users.id, email: users.email, displayName: users.displayName, language: users.language } })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.delivery, 'digest'), isNull(notifications.mailedAt), isNull(users.disabledAt)))
    .orderBy(asc(notifications.userId), asc(notifications.createdAt));
  const byUser = new Map<string, typeof pending>();
  for (const row of pending) byUser.set(row.user.id, [...(byUser.get(row.user.id) ?? []), row]);
  for (const rows of byUser.values()) {
    const u = rows[0].user;
    const items = rows.map(({ n }) => ({
      ...renderNotification(n.kind, n.params, u.language),
      path: notificationKind(n.kind)?.path(n.recordType, n.recordId) ?? '/',
    }));
    await queueMail(tx, { userId: u.id, toAddress: u.email, language: u.language, subject: digestSubject(u.language, items.length), textBody: composeMail(u.language, u.displayName, items) });
    await tx.update(notifications).set({ mailedAt: new Date() }).where(inArray(notifications.id, rows.map((r) => r.n.id)));
  }
  return byUser.size;
}

export const digestJob = defineJob({
  kind: DIGEST_JOB,
  run: async (deps, tx) => {
    await sendDigests(tx);
    // Tomorrow's digest.
    await scheduleJob(tx, { kind: DIGEST_JOB, runAt: nextDigestAt(deps.config.digestHourUtc, new Date(Date.now() + 60_000)) });
  },
});
