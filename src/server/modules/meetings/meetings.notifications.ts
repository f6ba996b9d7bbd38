import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';

export const BODY_OVERDUE = defineNotificationKind({
  kind: 'meetings.body_overdue',
  label: { en: 'A committee or mechanism I am responsible for is overdue to meet', ru: 'Комитету или механизму, за который я отвечаю, пора собраться' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Просрочено заседание: ${p.name}`, body: `«${p.name}» должен был собраться не позднее ${p.nextDueOn}. Запланируйте следующее заседание.` }
      : { title: `Overdue to meet: ${p.name}`, body: `"${p.name}" was due to meet by ${p.nextDueOn}. Schedule its next meeting.` },
  path: (_type, id) => `/bodies/${id}`,
});

export const ACTION_ITEM_DUE = defineNotificationKind({
  kind: 'meetings.action_item_due',
  label: { en: 'An action item I or my side own falls due', ru: 'Подходит срок поручения, закреплённого за мной или моей стороной' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Срок поручения ${p.dueDate}: ${p.title}`, body: `Поручение заседания «${p.meeting}» нужно выполнить к ${p.dueDate}.` }
      : { title: `Action item due ${p.dueDate}: ${p.title}`, body: `The action item from "${p.meeting}" is due on ${p.dueDate}.` },
  path: (_type, id) => `/action-items/${id}`,
});

export const MEETING_SHARED = defineNotificationKind({
  kind: 'meetings.meeting_shared',
  label: { en: 'A meeting is shared with my delegation or organisation', ru: 'Моей делегации или организации открыто заседание' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Вам открыто заседание: ${p.title}`, body: `Миссия открыла вашей стороне доступ к заседанию «${p.title}» и его протоколу.` }
      : { title: `Meeting shared with you: ${p.title}`, body: `The mission shared the meeting "${p.title}" and its record with your side.` },
  path: (_type, id) => `/meetings/${id}`,
});

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
