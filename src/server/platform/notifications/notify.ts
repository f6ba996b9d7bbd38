// notify(tx): raises a notification in the change's transaction, only to recipients who may see the record, as they prefer.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { notificationPreferences, notifications } from '../../db/schema/notifications.table.ts';
import { type ClassifiedRecord, canSee } from '../access/policy.ts';
import type { Viewer } from '../context.ts';
import { publishEvent } from '../events/event-hub.ts';
import { notificationKind, renderNotification } from './catalog.ts';
import { queueMail } from './mail.ts';
import { composeMail } from './mail-text.ts';

export type NotifyInput = {
  kind: string;
  recordType: string;
  recordId: string;
  /** The record's access fields as they are after the change: only users who may see it are notified. */
  access: ClassifiedRecord;
  params: Record<string, string | number | null>;
  /** Candidate recipients; the access policy and each user's preferences decide who actually gets it. */
  recipients: string[];
};

/**
 * Raises a notification inside the transaction of the change it is about.
 * In-app rows, the e-mail (queued as a job, never sent here) and the live
 * event all exist exactly when the change commits.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<string[]> {
  if (!notificationKind(input.kind)) throw new Error(`Unknown notification kind "${input.kind}": list it in its module's manifest (notificationKinds)`);
  const candidates = [...new Set(input.recipients)];
  if (candidates.length === 0) return [];
  const rows = await tx
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      language: users.language,
      partyCode: users.partyCode,
      organizationId: users.organizationId,
    })
    .from(users)
    .where(and(inArray(users.id, candidates), isNull(users.disabledAt)));
  // The access policy decides, not the sender.
  const allowed = rows.filter((u) => canSee({ viewer: u as Viewer, requestId: null, ip: null }, input.access));
  if (allowed.length === 0) return [];
  const prefs = await tx
    .select()
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.kind, input.kind), inArray(notificationPreferences.userId, allowed.map((u) => u.id))));
  const modeOf = (userId: string) => prefs.find((p) => p.userId === userId)?.mode ?? 'immediate';
  const recipients = allowed.filter((u) => modeOf(u.id) !== 'off');
  if (recipients.length === 0) return [];
  const now = new Date();
  await tx.insert(notifications).values(
    recipients.map((u) => ({
      userId: u.id,
      kind: input.kind,
      recordType: input.recordType,
      recordId: input.recordId,
      params: input.params,
      delivery: modeOf(u.id),
      createdAt: now,
      mailedAt: modeOf(u.id) === 'immediate' ? now : null,
    })),
  );
  for (const u of recipients.filter((r) => modeOf(r.id) === 'immediate')) {
    const rendered = renderNotification(input.kind, input.params, u.language);
    const path = notificationKind(input.kind)!.path(input.recordType, input.recordId);
    const mail = composeMail(u.language, u.displayName, [{ ...rendered, path }]);
    await queueMail(tx, { userId: u.id, toAddress: u.email, language: u.language, subject: rendered.title, textBody: mail });
  }
  await publishEvent(tx, { type: 'notification', userIds: recipients.map((u) => u.id) });
  return recipients.map((u) => u.id);
}
