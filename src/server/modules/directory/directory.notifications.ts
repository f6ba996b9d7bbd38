// The directory's notification: a record newly shared with a delegation or organisation, and who is told.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import type { Names } from '../../../shared/names.ts';
import { nameFromParams, nameParams } from '../../platform/i18n/names.ts';
import { inEveryLanguage, text } from '../../platform/i18n/texts.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';

/** The web path of each directory record type. */
const paths = { organization: 'organizations', person: 'people', delegation: 'delegations', party: 'parties' } as const;
type DirectoryType = keyof typeof paths;
const directoryType = (t: unknown): DirectoryType => (typeof t === 'string' && Object.hasOwn(paths, t) ? (t as DirectoryType) : 'organization');
const n = (key: string) => `directory.notifications.sharedWithYou.${key}`;

export const SHARED_WITH_YOU = defineNotificationKind({
  kind: 'directory.shared_with_you',
  label: inEveryLanguage(n('label')),
  render: (p, lang) => ({
    title: text(lang, n('title'), { name: nameFromParams(p, lang) }),
    body: text(lang, n('body'), { name: nameFromParams(p, lang), noun: text(lang, `directory.recordNoun.${directoryType(p.recordType)}`) }),
  }),
  path: (recordType, recordId) => `/${paths[directoryType(recordType)]}/${recordId}`,
});

/**
 * Tells delegates of newly added parties and liaison officers of newly added
 * organisations that a record is now shared with them.
 */
export async function notifyNewlyShared(tx: Tx, recordType: DirectoryType, recordId: string, name: Names | string, before: ClassifiedRecord | null, after: ClassifiedRecord) {
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
    params: { ...(typeof name === 'string' ? { name } : nameParams(name)), recordType },
    recipients: recipients.map((r) => r.id),
  });
}
