// Notification kinds of correspondence (assigned to you, reply due in three days, reply overdue) and who receives them.
import type { Tx } from '../../db/client.ts';
import type { correspondence } from '../../db/schema/correspondence.table.ts';
import { inEveryLanguage, text } from '../../platform/i18n/texts.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';

const n = (key: string) => `correspondence.notifications.${key}`;
const kindFromCatalogue = (kind: string, name: string) =>
  defineNotificationKind({
    kind,
    label: inEveryLanguage(n(`${name}.label`)),
    render: (p, lang) => ({ title: text(lang, n(`${name}.title`), p), body: text(lang, n(`${name}.body`), p) }),
    path: (_type, id) => `/correspondence/${id}`,
  });

export const CORRESPONDENCE_ASSIGNED = kindFromCatalogue('correspondence.assigned', 'assigned');
export const REPLY_DUE_SOON = kindFromCatalogue('correspondence.reply_due', 'replyDue');
export const REPLY_OVERDUE = kindFromCatalogue('correspondence.reply_overdue', 'replyOverdue');

type Row = typeof correspondence.$inferSelect;
const params = (r: Row) => ({ number: r.registerNumber, subject: r.subject, dueDate: r.dueDate });

/** Tells the assignee an item is theirs (only if the access policy lets them see it). */
export const notifyAssigned = (tx: Tx, r: Row) =>
  notify(tx, { kind: CORRESPONDENCE_ASSIGNED.kind, recordType: 'correspondence', recordId: r.id, access: r, params: params(r), recipients: r.assigneeUserId ? [r.assigneeUserId] : [] });

/** Reminds whoever answers for the item: its assignee, else whoever registered it. */
export const notifyReply = (tx: Tx, r: Row, kind: 'due' | 'overdue') =>
  notify(tx, {
    kind: kind === 'due' ? REPLY_DUE_SOON.kind : REPLY_OVERDUE.kind,
    recordType: 'correspondence',
    recordId: r.id,
    access: r,
    params: params(r),
    recipients: [r.assigneeUserId ?? r.createdBy].filter((x): x is string => !!x),
  });
