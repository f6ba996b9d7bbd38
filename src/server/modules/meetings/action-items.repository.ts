import { and, count, eq, isNull, like, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { actionItemListQuerySchema } from '../../../shared/meetings.ts';
import type { Executor } from '../../db/client.ts';
import { actionItems, bodies, decisions, meetings, organizations, people, users } from '../../db/schema/index.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { afterCursor, orderBy, page, parseSort, type SortKey } from '../../platform/http/keyset.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { missionToday } from './rotation.ts';

export type ActionItemRow = typeof actionItems.$inferSelect;
const ownerOrg = alias(organizations, 'owner_org');
const ownerPerson = alias(people, 'owner_person');

/** Action items are visible exactly when their meeting is; owners are named only when the user may see them. */
function selectItems(db: Executor, ctx: RequestContext) {
  return db
    .select({
      item: actionItems,
      meeting: { id: meetings.id, title: meetings.title, number: meetings.number, startsAt: meetings.startsAt, timeZone: meetings.timeZone, status: meetings.status },
      bodyVisible: bodies.id,
      decisionCode: decisions.code,
      org: { id: ownerOrg.id, nameEn: ownerOrg.nameEn, nameRu: ownerOrg.nameRu, acronym: ownerOrg.acronym },
      person: { id: ownerPerson.id, fullName: ownerPerson.fullName },
      userName: users.displayName,
    })
    .from(actionItems)
    .innerJoin(meetings, and(eq(meetings.id, actionItems.meetingId), visibleTo(ctx, meetings)))
    .leftJoin(bodies, and(eq(bodies.id, actionItems.bodyId), visibleTo(ctx, bodies)))
    .leftJoin(decisions, eq(decisions.id, actionItems.decisionId))
    .leftJoin(ownerOrg, and(eq(ownerOrg.id, actionItems.ownerOrganizationId), visibleTo(ctx, ownerOrg)))
    .leftJoin(ownerPerson, and(eq(ownerPerson.id, actionItems.ownerPersonId), visibleTo(ctx, ownerPerson)))
    .leftJoin(users, eq(users.id, actionItems.ownerUserId));
}
type Joined = Awaited<ReturnType<ReturnType<typeof selectItems>['where']>>[number];

export function toActionItemDto(r: Joined, today = missionToday()) {
  const i = r.item;
  return {
    id: i.id,
    meetingId: i.meetingId,
    meeting: { ...r.meeting, startsAt: r.meeting.startsAt.toISOString() },
    bodyId: r.bodyVisible ? i.bodyId : null,
    decisionId: i.decisionId,
    decisionCode: r.decisionCode,
    title: i.title,
    ownerPartyCode: i.ownerPartyCode,
    ownerOrganizationId: r.org?.id ? i.ownerOrganizationId : null,
    ownerOrganization: r.org?.id ? r.org : null,
    ownerPersonId: r.person?.id ? i.ownerPersonId : null,
    ownerPerson: r.person?.id ? r.person : null,
    ownerUserId: i.ownerUserId,
    ownerUserName: r.userName,
    dueDate: i.dueDate,
    status: i.status,
    overdue: i.status === 'open' && !!i.dueDate && i.dueDate < today,
    completedAt: i.completedAt?.toISOString() ?? null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export async function findActionItem(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await selectItems(db, ctx).where(eq(actionItems.id, id)).limit(1);
  return row ?? null;
}

export const itemsOfMeeting = (db: Executor, ctx: RequestContext, meetingId: string) =>
  selectItems(db, ctx).where(eq(actionItems.meetingId, meetingId)).orderBy(actionItems.createdAt, actionItems.id);

/** Open items of meetings of the body held before `before`, visible to `ctx`: matters arising. */
export const openItemsBefore = (db: Executor, ctx: RequestContext, bodyId: string, before: Date) =>
  selectItems(db, ctx)
    .where(and(eq(actionItems.bodyId, bodyId), eq(actionItems.status, 'open'), lt(meetings.startsAt, before), sql`${meetings.status} <> 'cancelled'`))
    .orderBy(meetings.startsAt, actionItems.createdAt)
    .limit(500);

const sortKeys: Record<'dueDate' | 'createdAt', SortKey<ActionItemRow>> = {
  // Items without a due date come last.
  dueDate: { expr: sql`coalesce(${actionItems.dueDate}::text, '9999-12-31')`, value: (r) => r.dueDate ?? '9999-12-31', type: 'text' },
  createdAt: { expr: sql`${actionItems.createdAt}`, value: (r) => r.createdAt, type: 'timestamptz' },
};

export async function listActionItems(db: Executor, ctx: RequestContext, q: z.output<typeof actionItemListQuerySchema>) {
  const where: (SQL | undefined)[] = [isNull(meetings.archivedAt)];
  const v = ctx.viewer;
  if (q.mine) {
    if (!v) return { items: [], nextCursor: null, total: 0 };
    if (v.role === 'delegate') where.push(v.partyCode ? eq(actionItems.ownerPartyCode, v.partyCode) : sql`false`);
    else if (v.role === 'liaison') where.push(v.organizationId ? eq(actionItems.ownerOrganizationId, v.organizationId) : sql`false`);
    else where.push(eq(actionItems.ownerUserId, v.id));
  }
  if (q.bodyId) where.push(eq(actionItems.bodyId, q.bodyId));
  if (q.meetingId) where.push(eq(actionItems.meetingId, q.meetingId));
  if (q.status) where.push(eq(actionItems.status, q.status));
  if (q.overdue) where.push(and(eq(actionItems.status, 'open'), lt(actionItems.dueDate, missionToday())));
  const term = q.q ? normaliseForSearch(q.q) : '';
  if (term) where.push(like(sql`lower(${actionItems.title})`, containsPattern(term)));
  const filter = and(...where);
  const { key, desc } = parseSort(q.sort, sortKeys);
  const rows = await selectItems(db, ctx)
    .where(and(filter, afterCursor(q.cursor, key, actionItems.id, desc)))
    .orderBy(...orderBy(key, actionItems.id, desc))
    .limit(q.limit + 1);
  const [{ n }] = await db
    .select({ n: count() })
    .from(actionItems)
    .innerJoin(meetings, and(eq(meetings.id, actionItems.meetingId), visibleTo(ctx, meetings)))
    .where(filter);
  const res = page(rows.map((r) => ({ ...r, id: r.item.id })), q.limit, { ...key, value: (r) => key.value(r.item) });
  return { items: res.items.map((r) => toActionItemDto(r)), nextCursor: res.nextCursor, total: Number(n) };
}
