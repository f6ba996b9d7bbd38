// Queries on action items, visible exactly when their meeting is (or, for a follow-up of another record, as that record is), and their DTO.
import { and, count, eq, inArray, isNull, like, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { actionItemListQuerySchema } from '../../../shared/meetings.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { actionItems, bodies, decisions, meetings } from '../../db/schema/meetings.table.ts';
import { type OrganizationRef, organizationRefs, personRefs } from '../directory/directory.api.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext, Viewer } from '../../platform/context.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { missionToday } from './rotation.ts';

export type ActionItemRow = typeof actionItems.$inferSelect;
/**
 * Who may see an action item: a meeting's follows its meeting; a follow-up of
 * another record carries that record's access (kept in step by its module).
 */
export const itemAccess = (ctx: RequestContext): SQL =>
  sql`((${actionItems.meetingId} is null and ${visibleTo(ctx, actionItems)}) or (${meetings.id} is not null and ${visibleTo(ctx, meetings)}))`;

/** Action items with their meeting (none for a follow-up of another record); callers add `itemAccess`. */
function selectItems(db: Executor, ctx: RequestContext) {
  return db
    .select({
      item: actionItems,
      meeting: { id: meetings.id, title: meetings.title, number: meetings.number, startsAt: meetings.startsAt, timeZone: meetings.timeZone, status: meetings.status },
      bodyVisible: bodies.id,
      decisionCode: decisions.code,
      userName: users.displayName,
    })
    .from(actionItems)
    .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .leftJoin(bodies, and(eq(bodies.id, actionItems.bodyId), visibleTo(ctx, bodies)))
    .leftJoin(decisions, eq(decisions.id, actionItems.decisionId))
    .leftJoin(users, eq(users.id, actionItems.ownerUserId));
}
type Selected = Awaited<ReturnType<ReturnType<typeof selectItems>['where']>>[number];
type Joined = Selected & { org: OrganizationRef | null; person: { id: string; fullName: string } | null };

/** Names the owners the user may see (an organisation or person hidden from them is not named). */
async function withOwners(db: Executor, ctx: RequestContext, rows: Selected[]): Promise<Joined[]> {
  const [orgs, persons] = await Promise.all([
    organizationRefs(db, ctx, rows.map((r) => r.item.ownerOrganizationId)),
    personRefs(db, ctx, rows.map((r) => r.item.ownerPersonId)),
  ]);
  return rows.map((r) => {
    const person = r.item.ownerPersonId ? persons.get(r.item.ownerPersonId) : undefined;
    return { ...r, org: (r.item.ownerOrganizationId && orgs.get(r.item.ownerOrganizationId)) || null, person: person ? { id: person.id, fullName: person.fullName } : null };
  });
}

export function toActionItemDto(r: Joined, today = missionToday()) {
  const i = r.item;
  return {
    id: i.id,
    meetingId: i.meetingId,
    meeting: r.meeting ? { ...r.meeting, startsAt: r.meeting.startsAt.toISOString() } : null,
    subjectType: i.subjectType,
    subjectId: i.subjectId,
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
  const rows = await selectItems(db, ctx).where(and(eq(actionItems.id, id), itemAccess(ctx))).limit(1);
  return (await withOwners(db, ctx, rows))[0] ?? null;
}

export const itemsOfMeeting = async (db: Executor, ctx: RequestContext, meetingId: string) =>
  withOwners(db, ctx, await selectItems(db, ctx).where(and(eq(actionItems.meetingId, meetingId), itemAccess(ctx))).orderBy(actionItems.createdAt, actionItems.id));

/** Open items of meetings of the body held before `before`, visible to `ctx`: matters arising. */
export const openItemsBefore = async (db: Executor, ctx: RequestContext, bodyId: string, before: Date) =>
  withOwners(
    db,
    ctx,
    await selectItems(db, ctx)
      .where(and(itemAccess(ctx), eq(actionItems.bodyId, bodyId), eq(actionItems.status, 'open'), lt(meetings.startsAt, before), sql`${meetings.status} <> 'cancelled'`))
      .orderBy(meetings.startsAt, actionItems.createdAt)
      .limit(500),
  );

const sortKeys: Record<'dueDate' | 'createdAt', SortKey<Selected>> = {
  // Items without a due date come last.
  dueDate: { expr: sql`coalesce(${actionItems.dueDate}::text, '9999-12-31')`, value: (r) => r.item.dueDate ?? '9999-12-31', type: 'text' },
  createdAt: { expr: sql`${actionItems.createdAt}`, value: (r) => r.item.createdAt, type: 'timestamptz' },
};

export async function listActionItems(db: Executor, ctx: RequestContext, q: z.output<typeof actionItemListQuerySchema>) {
  const v = ctx.viewer;
  if (q.mine && !v) return { items: [], nextCursor: null, total: 0 };
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listPage(q, {
    rows: () => selectItems(db, ctx),
    count: () => db.select({ n: count() }).from(actionItems).leftJoin(meetings, eq(meetings.id, actionItems.meetingId)),
    map: (r: Selected) => ({ ...r, id: r.item.id }),
    id: actionItems.id,
    access: itemAccess(ctx),
    where: [
      isNull(meetings.archivedAt),
      q.mine && v ? mineFilter(v) : undefined,
      q.bodyId ? eq(actionItems.bodyId, q.bodyId) : undefined,
      q.meetingId ? eq(actionItems.meetingId, q.meetingId) : undefined,
      q.status ? eq(actionItems.status, q.status) : undefined,
      q.overdue ? and(eq(actionItems.status, 'open'), lt(actionItems.dueDate, missionToday())) : undefined,
      term ? like(sql`lower(${actionItems.title})`, containsPattern(term)) : undefined,
    ],
    sortKeys,
  });
  return { ...res, items: (await withOwners(db, ctx, res.items)).map((r) => toActionItemDto(r)) };
}

/** "My action items": my party's (delegate), my organisation's (liaison officer), or mine (mission). */
function mineFilter(v: Viewer): SQL {
  if (v.role === 'delegate') return v.partyCode ? eq(actionItems.ownerPartyCode, v.partyCode) : sql`false`;
  if (v.role === 'liaison') return v.organizationId ? eq(actionItems.ownerOrganizationId, v.organizationId) : sql`false`;
  return eq(actionItems.ownerUserId, v.id);
}

/** The follow-ups of records of one type (visible to `ctx`), by record id, oldest first. */
export async function itemsOfSubjects(db: Executor, ctx: RequestContext, subjectType: string, ids: string[]) {
  const by = new Map<string, ReturnType<typeof toActionItemDto>[]>();
  if (ids.length === 0) return by;
  const rows = await selectItems(db, ctx)
    .where(and(eq(actionItems.subjectType, subjectType), inArray(actionItems.subjectId, ids), itemAccess(ctx)))
    .orderBy(actionItems.createdAt, actionItems.id);
  for (const r of await withOwners(db, ctx, rows)) {
    const key = r.item.subjectId as string;
    by.set(key, [...(by.get(key) ?? []), toActionItemDto(r)]);
  }
  return by;
}
