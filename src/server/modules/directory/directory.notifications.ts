import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';

const nouns = {
  organization: { en: 'organisation', ru: 'организация', path: 'organizations' },
  person: { en: 'person', ru: 'персона', path: 'people' },
  delegation: { en: 'delegation', ru: 'делегация', path: 'delegations' },
  party: { en: 'party', ru: 'сторона', path: 'parties' },
} as const;
type DirectoryType = keyof typeof nouns;

export const SHARED_WITH_YOU = defineNotificationKind({
  kind: 'directory.shared_with_you',
  label: { en: 'A directory record is shared with my delegation or organisation', ru: 'Запись справочника открыта моей делегации или организации' },
  render: (p, lang) => {
    const noun = nouns[p.recordType as DirectoryType] ?? nouns.organization;
    return lang === 'ru'
      ? { title: `Вам открыта запись: ${p.name}`, body: `Миссия открыла вашей стороне доступ к записи справочника (${noun.ru}) «${p.name}».` }
      : { title: `Shared with you: ${p.name}`, body: `The mission shared the directory ${noun.en} "${p.name}" with your side.` };
  },
  path: (recordType, recordId) => `/${nouns[recordType as DirectoryType]?.path ?? 'organizations'}/${recordId}`,
});

/**
 * Tells delegates of newly added parties and liaison officers of newly added
 * organisations that a record is now shared with them.
 */
export async function notifyNewlyShared(tx: Tx, recordType: DirectoryType, recordId: string, name: string, before: ClassifiedRecord | null, after: ClassifiedRecord) {
  if (after.classification !== 'shared') return;
  const wasShared = before?.classification === 'shared';
  const newParties = after.sharedParties.filter((p) => !wasShared || !before!.sharedParties.includes(p));
  const newOrgs = after.sharedOrganizations.filter((o) => !wasShared || !before!.sharedOrganizations.includes(o));
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
  await notify(tx, {
    kind: SHARED_WITH_YOU.kind,
    recordType,
    recordId,
    access: after,
    params: { name, recordType },
    recipients: recipients.map((r) => r.id),
  });
}
