// The notifications the liaison module raises: a request's status moved, and an agreement's expiry or notice deadline approaching.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import { LIAISON_STATUSES } from '../../../shared/liaison.ts';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import type { liaisonRequests } from '../../db/schema/liaison.table.ts';
import { inEveryLanguage, text } from '../../platform/i18n/texts.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';

const n = (key: string) => `liaison.notifications.${key}`;
const ALERT_DATES = ['expiry', 'notice'];
/** The stored facts worded in the reader's language: a status and which date an alert is about. */
const worded = (p: Record<string, string | number | null>, lang: Language) => ({
  ...p,
  status: typeof p.status === 'string' && (LIAISON_STATUSES as readonly string[]).includes(p.status) ? text(lang, `liaison.status.${p.status}`) : p.status,
  which: typeof p.which === 'string' && ALERT_DATES.includes(p.which) ? text(lang, `liaison.alert.${p.which}`) : p.which,
});
const kindFromCatalogue = (kind: string, name: string, path: (id: string) => string) =>
  defineNotificationKind({
    kind,
    label: inEveryLanguage(n(`${name}.label`)),
    render: (p, lang) => ({
      title: text(lang, n(`${name}.title`), worded(p, lang)),
      body: text(lang, n(`${name}.body`), worded(p, lang)),
    }),
    path: (_type, id) => path(id),
  });

export const LIAISON_STATUS_CHANGED = kindFromCatalogue('liaison.status_changed', 'statusChanged', (id) => `/liaison/requests/${id}`);
export const AGREEMENT_ALERT = kindFromCatalogue('liaison.agreement_alert', 'agreementAlert', (id) => `/liaison/agreements/${id}`);

/**
 * Tells the request's responsible staff member (else its author) and the
 * liaison officers of its two organisations that its status moved; the access
 * policy in `notify` drops whoever may not see it, and the actor is not told.
 */
export async function notifyStatusChanged(tx: Tx, r: typeof liaisonRequests.$inferSelect, actorId: string | null) {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      or(
        inArray(users.id, [r.responsibleUserId ?? r.createdBy].filter((x): x is string => !!x)),
        and(eq(users.role, 'liaison'), inArray(users.organizationId, [r.requestingOrganizationId, r.targetOrganizationId])),
      ) ?? sql`false`,
    );
  await notify(tx, {
    kind: LIAISON_STATUS_CHANGED.kind,
    recordType: 'liaison_request',
    recordId: r.id,
    access: r,
    params: { reference: r.reference, subject: r.subject, status: r.status },
    recipients: rows.map((u) => u.id).filter((id) => id !== actorId),
  });
}
