// Notification kinds of the meetings module (body overdue, action item due, meeting shared) and their recipients.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import { inEveryLanguage, text } from '../../platform/i18n/texts.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';

const n = (key: string) => `meetings.notifications.${key}`;
/** A kind whose title and body are the catalogue's texts under `meetings.notifications.<name>`, filled from its parameters. */
const kindFromCatalogue = (kind: string, name: string, path: (id: string) => string) =>
  defineNotificationKind({
    kind,
    label: inEveryLanguage(n(`${name}.label`)),
    render: (p, lang) => ({ title: text(lang, n(`${name}.title`), p), body: text(lang, n(`${name}.body`), p) }),
    path: (_type, id) => path(id),
  });

export const BODY_OVERDUE = kindFromCatalogue('meetings.body_overdue', 'bodyOverdue', (id) => `/bodies/${id}`);
export const ACTION_ITEM_DUE = kindFromCatalogue('meetings.action_item_due', 'actionItemDue', (id) => `/action-items/${id}`);
export const MEETING_SHARED = kindFromCatalogue('meetings.meeting_shared', 'meetingShared', (id) => `/meetings/${id}`);

/** Users who answer for an owner: the user named, the delegates of the party, the liaison officers of the organisation. */
export async function ownerRecipients(tx: Tx, owner: { ownerUserId: string | null; ownerPartyCode: string | null; ownerOrganizationId: string | null }) {
  const conditions = [
    owner.ownerUserId ? eq(users.id, owner.ownerUserId) : undefined,
    owner.ownerPartyCode ? and(eq(users.role, 'delegate'), eq(users.partyCode, owner.ownerPartyCode)) : undefined,
    owner.ownerOrganizationId ? and(eq(users.role, 'liaison'), eq(users.organizationId, owner.ownerOrganizationId)) : undefined,
  ].filter(Boolean);
  if (conditions.length === 0) return [];
  const rows = await tx.select({ id: users.id }).from(users).where(or(...conditions));
  return rows.map((r) => r.id);
}

/** Tells delegates and liaison officers newly given access to a meeting. */
export async function notifyMeetingShared(tx: Tx, meeting: ClassifiedRecord & { id: string; title: string }, before: ClassifiedRecord | null) {
  if (meeting.classification !== 'shared') return;
  const wasShared = before?.classification === 'shared';
  const newParties = meeting.sharedParties.filter((p) => !wasShared || !before!.sharedParties.includes(p));
  const newOrgs = meeting.sharedOrganizations.filter((o) => !wasShared || !before!.sharedOrganizations.includes(o));
  if (newParties.length === 0 && newOrgs.length === 0) return;
  const recipients = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      or(
        newParties.length ? and(eq(users.role, 'delegate'), inArray(users.partyCode, newParties)) : undefined,
        newOrgs.length ? and(eq(users.role, 'liaison'), inArray(users.organizationId, newOrgs)) : undefined,
      ),
    );
  await notify(tx, { kind: MEETING_SHARED.kind, recordType: 'meeting', recordId: meeting.id, access: meeting, params: { title: meeting.title }, recipients: recipients.map((r) => r.id) });
}
