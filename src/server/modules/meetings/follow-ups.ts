// Follow-ups of records of other modules (an engagement's): action items with owners, due dates, reminders and calendar items, visible as their record is.
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { actionItems } from '../../db/schema/meetings.table.ts';
import { type ClassifiedRecord, type ResourcePolicy, can, visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { cancelCalendarItems, dayStart, upsertCalendarItem } from '../../platform/calendar/calendar.service.ts';
import { type RequestContext, systemContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { accessColumns } from '../../platform/records/meta.ts';
import { loadRecord, recordType } from '../../platform/records/record-types.ts';
import { checkOrganizations, checkPartyCodes, checkPeople } from '../directory/directory.api.ts';
import { itemsOfSubjects, type ActionItemRow } from './action-items.repository.ts';
import { scheduleReminder } from './action-items.reminders.ts';
import { DEFAULT_MEETING_ZONE } from './cadence.ts';
import { actionItemNotFound, followUpWriteForbidden, ownerNotStaff, ownerRequired } from './meetings.errors.ts';
import { ACTION_ITEM_DUE, ownerRecipients } from './meetings.notifications.ts';
import { missionToday } from './rotation.ts';

/** A follow-up is kept by the mission, as the record it follows up. */
const followUpResource: ResourcePolicy = { type: 'action_item', externalContributors: false };
const FIELDS = ['title', 'ownerPartyCode', 'ownerOrganizationId', 'ownerPersonId', 'ownerUserId', 'dueDate', 'status', 'completedAt', 'subjectType', 'subjectId'] as const;

/** The record followed up: its type and id, and its access (the follow-ups carry it). */
export type FollowUpSubject = { type: string; id: string; access: ClassifiedRecord; archivedAt?: Date | null };
export type FollowUpInput = {
  title: string;
  ownerUserId?: string | null;
  ownerPersonId?: string | null;
  ownerPartyCode?: string | null;
  ownerOrganizationId?: string | null;
  dueDate?: string | null;
};

/** Owners must exist and be visible; an owning user must be mission staff. */
export async function checkFollowUpOwners(db: Executor, ctx: RequestContext, v: FollowUpInput, field = '') {
  if (!(v.ownerPartyCode || v.ownerOrganizationId || v.ownerPersonId || v.ownerUserId)) throw ownerRequired();
  await checkPartyCodes(db, [v.ownerPartyCode], `${field}ownerPartyCode`);
  await checkOrganizations(db, ctx, [v.ownerOrganizationId], `${field}ownerOrganizationId`);
  await checkPeople(db, ctx, [v.ownerPersonId], `${field}ownerPersonId`);
  if (v.ownerUserId) {
    const found = await db.select({ id: users.id }).from(users).where(and(eq(users.id, v.ownerUserId), sql`${users.role} in ('admin','head','staff')`));
    if (!found.length) throw ownerNotStaff();
  }
}

/** An open follow-up with a due date is an all-day calendar item, visible as its record is, opening the record's page. */
export async function syncFollowUpCalendar(tx: Tx, item: ActionItemRow, archived = false) {
  if (item.status !== 'open' || !item.dueDate || archived || !item.subjectType || !item.subjectId) return cancelCalendarItems(tx, 'action_item', item.id);
  await upsertCalendarItem(tx, {
    module: 'meetings',
    recordType: 'action_item',
    recordId: item.id,
    itemKey: 'due',
    groupKey: null,
    title: text(STORED_TEXT_LANGUAGE, 'meetings.calendar.actionItemDue', { title: item.title }),
    description: null,
    startsAt: dayStart(item.dueDate, DEFAULT_MEETING_ZONE),
    allDay: true,
    timeZone: DEFAULT_MEETING_ZONE,
    url: recordType(item.subjectType)?.path?.(item.subjectId) ?? `/action-items/${item.id}`,
    access: item,
  });
}

/** Records follow-ups of a record in the caller's transaction (the caller has authorised the write on the record). */
export async function addFollowUps(tx: Tx, ctx: RequestContext, subject: FollowUpSubject, inputs: FollowUpInput[]) {
  for (const [i, input] of inputs.entries()) {
    await checkFollowUpOwners(tx, ctx, input, `followUps.${i}.`);
    const [row] = await tx
      .insert(actionItems)
      .values({
        subjectType: subject.type,
        subjectId: subject.id,
        ...accessColumns(subject.access),
        title: input.title,
        ownerPartyCode: input.ownerPartyCode ?? null,
        ownerOrganizationId: input.ownerOrganizationId ?? null,
        ownerPersonId: input.ownerPersonId ?? null,
        ownerUserId: input.ownerUserId ?? null,
        dueDate: input.dueDate ?? null,
        status: 'open',
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'action_item.create', recordType: 'action_item', recordId: row.id, changes: diff(null, row, FIELDS) });
    await scheduleReminder(tx, row);
    await syncFollowUpCalendar(tx, row);
  }
}

/** The record's access changed (or it was archived): its follow-ups, their calendar items and reminders follow. */
export async function followSubjectAccess(tx: Tx, subject: FollowUpSubject) {
  const rows = await tx
    .update(actionItems)
    .set({ ...accessColumns(subject.access) })
    .where(and(eq(actionItems.subjectType, subject.type), eq(actionItems.subjectId, subject.id)))
    .returning();
  for (const row of rows) await syncFollowUpCalendar(tx, row, Boolean(subject.archivedAt));
}

/** The follow-ups of records of one type that `ctx` may see, by record id. */
export const followUpsOf = (db: Executor, ctx: RequestContext, subjectType: string, ids: string[]) => itemsOfSubjects(db, ctx, subjectType, ids);

/** Open follow-ups of each record (visible to `ctx`), counted. */
export async function openFollowUpCounts(db: Executor, ctx: RequestContext, subjectType: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: actionItems.subjectId, n: count() })
    .from(actionItems)
    .where(and(eq(actionItems.subjectType, subjectType), inArray(actionItems.subjectId, ids), eq(actionItems.status, 'open'), isNull(actionItems.meetingId), visibleTo(ctx, actionItems)))
    .groupBy(actionItems.subjectId);
  return new Map(rows.map((r) => [r.id as string, Number(r.n)]));
}

/** Overdue (open, past due in Jakarta) follow-ups of records of one type visible to `ctx`. */
export const isOverdue = (item: { status: string; dueDate: string | null }) => item.status === 'open' && !!item.dueDate && item.dueDate < missionToday();

/**
 * Runs `fn` on a follow-up (not a meeting's item) under its row lock, after
 * the policy has said the user may see it (404) and change it (403).
 */
export async function withFollowUpForWrite<T>(deps: Deps, ctx: RequestContext, id: string, fn: (tx: Tx, row: ActionItemRow) => Promise<T>): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(actionItems)
      .where(and(eq(actionItems.id, id), isNull(actionItems.meetingId), visibleTo(ctx, actionItems)))
      .for('update');
    if (!row) throw actionItemNotFound();
    if (!can(ctx, 'update', followUpResource, row)) throw followUpWriteForbidden();
    return fn(tx, row);
  });
}

/** The reminder of a follow-up falling due: its owners who may see the record hear about it. */
export async function remindFollowUp(tx: Tx, item: ActionItemRow) {
  if (!item.subjectType || !item.subjectId) return;
  const subject = await loadRecord(tx, systemContext('reminder'), { recordType: item.subjectType, recordId: item.subjectId });
  if (!subject) return;
  await notify(tx, {
    kind: ACTION_ITEM_DUE.kind,
    recordType: 'action_item',
    recordId: item.id,
    access: item,
    params: { title: item.title, dueDate: item.dueDate, meeting: subject.title },
    recipients: await ownerRecipients(tx, item),
  });
}
