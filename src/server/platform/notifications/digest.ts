import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { jobs, mailOutbox, notifications, users } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { scheduleJob } from '../jobs/jobs.ts';
import { defineJob } from '../jobs/registry.ts';
import { notificationKind, renderNotification } from './catalog.ts';
import { MAIL_SEND_JOB } from './mail.ts';
import { composeMail, digestSubject } from './mail-text.ts';

export const DIGEST_JOB = 'notifications.digest';

/** The next digest instant: today or tomorrow at DIGEST_HOUR_UTC. */
export function nextDigestAt(hourUtc: number, now = new Date()) {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** Makes sure one daily digest job is queued (called at server start). */
export async function ensureDigestScheduled(deps: Deps) {
  const runAt = nextDigestAt(deps.config.digestHourUtc);
  await deps.db.transaction(async (tx) => {
    // Several processes may start at once: one of them queues the digest.
    await tx.execute(sql`select pg_advisory_xact_lock(7215003)`);
    const live = await tx.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.kind, DIGEST_JOB), inArray(jobs.status, ['pending', 'running'])));
    if (live.length === 0) await scheduleJob(tx, { kind: DIGEST_JOB, runAt });
  });
}

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
    const [m] = await tx
      .insert(mailOutbox)
      .values({ userId: u.id, toAddress: u.email, language: u.language, subject: digestSubject(u.language, items.length), textBody: composeMail(u.language, u.displayName, items) })
      .returning({ id: mailOutbox.id });
    await scheduleJob(tx, { kind: MAIL_SEND_JOB, payload: { outboxId: m.id } });
    await tx.update(notifications).set({ mailedAt: new Date() }).where(inArray(notifications.id, rows.map((r) => r.n.id)));
  }
  return byUser.size;
}

defineJob({
  kind: DIGEST_JOB,
  run: async (deps, tx) => {
    await sendDigests(tx);
    // Tomorrow's digest.
    await scheduleJob(tx, { kind: DIGEST_JOB, runAt: nextDigestAt(deps.config.digestHourUtc, new Date(Date.now() + 60_000)) });
  },
});
