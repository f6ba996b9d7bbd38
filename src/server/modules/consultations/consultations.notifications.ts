// Notifications when a text is circulated to a delegation or someone is mentioned in the thread, and their recipients.
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import { wallClock } from '../../platform/calendar/time-zones.ts';
import { inEveryLanguage, text } from '../../platform/i18n/texts.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';

const path = (_type: string, id: string) => `/consultations/${id}`;
const n = (key: string) => `consultations.notifications.${key}`;

export const VERSION_CIRCULATED = defineNotificationKind({
  kind: 'consultations.version_circulated',
  label: inEveryLanguage(n('versionCirculated.label')),
  render: (p, lang) => ({
    title: text(lang, n('versionCirculated.title'), p),
    body: text(lang, n('versionCirculated.body'), p) + (p.closesAt ? text(lang, n('versionCirculated.until'), p) : ''),
  }),
  path,
});

export const MENTIONED = defineNotificationKind({
  kind: 'consultations.mentioned',
  label: inEveryLanguage(n('mentioned.label')),
  render: (p, lang) => ({ title: text(lang, n('mentioned.title'), p), body: String(p.excerpt ?? '') }),
  path,
});

/** Delegates of the parties and liaison officers of the organisations, enabled accounts only. */
async function distributionRecipients(db: Executor, parties: string[], organizations: string[]): Promise<string[]> {
  if (parties.length === 0 && organizations.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        or(
          parties.length ? and(eq(users.role, 'delegate'), inArray(users.partyCode, parties)) : undefined,
          organizations.length ? and(eq(users.role, 'liaison'), inArray(users.organizationId, organizations)) : undefined,
        ),
      ),
    );
  return rows.map((r) => r.id);
}

type Circulated = ClassifiedRecord & { id: string; title: string };

/**
 * Tells the delegations and organisations on the list that a version was
 * circulated to them (all of them on circulation; only those newly added when
 * the list grows). `access` is the record as it is after the change.
 */
export async function notifyCirculated(
  tx: Tx,
  c: Circulated,
  version: { number: number },
  closesAt: string | null,
  to: { parties: string[]; organizations: string[] },
) {
  const recipients = await distributionRecipients(tx, to.parties, to.organizations);
  await notify(tx, {
    kind: VERSION_CIRCULATED.kind,
    recordType: 'consultation',
    recordId: c.id,
    access: c,
    params: { title: c.title, number: version.number, closesAt },
    recipients,
  });
}

/** Tells each user mentioned in a comment; `access` is who may see the comment. */
export async function notifyMentioned(
  tx: Tx,
  c: { id: string; title: string },
  access: ClassifiedRecord,
  comment: { body: string; authorLabel: string },
  userIds: string[],
) {
  const excerpt = comment.body.length > 280 ? `${comment.body.slice(0, 277)}…` : comment.body;
  return notify(tx, { kind: MENTIONED.kind, recordType: 'consultation', recordId: c.id, access, params: { title: c.title, author: comment.authorLabel, excerpt }, recipients: userIds });
}

/** "2026-12-04 12:00 (Asia/Jakarta)": an instant as written in notices, in the zone it was set in. */
export function zonedLabel(at: Date, zone: string): string {
  const w = wallClock(at, zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)} (${zone})`;
}
