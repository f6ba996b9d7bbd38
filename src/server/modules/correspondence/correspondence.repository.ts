// Queries on correspondence and its parts (addressees, dispatches, thread), each scoped by the access policy.
import { and, asc, eq, exists, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { correspondenceListQuerySchema } from '../../../shared/correspondence.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { correspondence, correspondenceAddressees, correspondenceDispatches } from '../../db/schema/correspondence.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type CorrespondenceRow = typeof correspondence.$inferSelect;
export type AddresseeRow = typeof correspondenceAddressees.$inferSelect;
export type DispatchRow = typeof correspondenceDispatches.$inferSelect;

/** Statuses in which a reply is still awaited (the due date counts). */
export const AWAITING_REPLY = ['registered', 'assigned', 'dispatched'] as const;

const sortKeys: Record<'date' | 'registerNumber' | 'dueDate' | 'updatedAt', SortKey<CorrespondenceRow>> = {
  date: { expr: sql`${correspondence.date}::text`, value: (r) => r.date, type: 'text' },
  registerNumber: { expr: sql`${correspondence.registerNumber}`, value: (r) => r.registerNumber, type: 'text' },
  dueDate: { expr: sql`coalesce(${correspondence.dueDate}::text, '9999-12-31')`, value: (r) => r.dueDate ?? '9999-12-31', type: 'text' },
  updatedAt: { expr: sql`${correspondence.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

export async function findCorrespondence(db: Executor, ctx: RequestContext, id: string): Promise<CorrespondenceRow | null> {
  const [row] = await db.select().from(correspondence).where(and(eq(correspondence.id, id), visibleTo(ctx, correspondence))).limit(1);
  return row ?? null;
}

/** The SQL that says a reply is overdue on `today` (a calendar date). */
export const overdueSql = (today: string) =>
  sql`(${correspondence.dueDate} is not null and ${correspondence.dueDate} < ${today}::date and ${correspondence.status} in ('registered','assigned','dispatched'))`;

const addressedTo = (cond: SQL) =>
  exists(sql`select 1 from ${correspondenceAddressees} where ${correspondenceAddressees.correspondenceId} = ${correspondence.id} and ${cond}`);

export function listCorrespondence(db: Executor, ctx: RequestContext, q: z.output<typeof correspondenceListQuerySchema>, today: string) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return listRecords(db, ctx, correspondence, q, {
    where: [
      q.direction ? eq(correspondence.direction, q.direction) : undefined,
      q.kind ? eq(correspondence.kind, q.kind) : undefined,
      q.status ? eq(correspondence.status, q.status) : undefined,
      q.party ? or(eq(correspondence.senderPartyCode, q.party), addressedTo(sql`${correspondenceAddressees.partyCode} = ${q.party}`)) : undefined,
      q.organizationId
        ? or(eq(correspondence.senderOrganizationId, q.organizationId), addressedTo(sql`${correspondenceAddressees.organizationId} = ${q.organizationId}`))
        : undefined,
      q.assigneeUserId ? eq(correspondence.assigneeUserId, q.assigneeUserId) : undefined,
      q.overdue === 'true' ? overdueSql(today) : q.overdue === 'false' ? sql`not ${overdueSql(today)}` : undefined,
      q.year ? sql`extract(year from ${correspondence.date}) = ${q.year}` : undefined,
      term ? like(correspondence.searchText, containsPattern(term)) : undefined,
    ],
    sortKeys,
  });
}

export async function addresseesOf(db: Executor, ids: string[]): Promise<Map<string, AddresseeRow[]>> {
  const out = new Map<string, AddresseeRow[]>();
  if (ids.length === 0) return out;
  const rows = await db.select().from(correspondenceAddressees).where(inArray(correspondenceAddressees.correspondenceId, ids)).orderBy(asc(correspondenceAddressees.position));
  for (const r of rows) out.set(r.correspondenceId, [...(out.get(r.correspondenceId) ?? []), r]);
  return out;
}

export async function dispatchesOf(db: Executor, id: string) {
  return db
    .select({ d: correspondenceDispatches, byName: users.displayName })
    .from(correspondenceDispatches)
    .leftJoin(users, eq(users.id, correspondenceDispatches.byUserId))
    .where(eq(correspondenceDispatches.correspondenceId, id))
    .orderBy(asc(correspondenceDispatches.at), asc(correspondenceDispatches.id));
}

/** Display names of accounts (assignees, approvers), by id. */
export async function userNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The items of a thread the reader may see: walk up `inReplyToId` to the
 * first item, then every reply below it, in date order. Hidden items are
 * skipped (a reply the reader may not see is not revealed).
 */
export async function threadOf(db: Executor, ctx: RequestContext, id: string): Promise<CorrespondenceRow[]> {
  const rows = await db.execute<{ id: string }>(sql`
    with recursive up(id, parent, depth) as (
      select id, in_reply_to_id, 0 from correspondence where id = ${id}::uuid
      union all
      select c.id, c.in_reply_to_id, up.depth + 1 from correspondence c join up on c.id = up.parent where up.depth < 100
    ),
    root as (select id from up order by depth desc limit 1),
    down(id, depth) as (
      select id, 0 from root
      union all
      select c.id, down.depth + 1 from correspondence c join down on c.in_reply_to_id = down.id where down.depth < 100
    )
    select id from down`);
  const ids = ((rows as unknown as { rows?: { id: string }[] }).rows ?? (rows as unknown as { id: string }[])).map((r) => r.id);
  if (ids.length === 0) return [];
  return db
    .select()
    .from(correspondence)
    .where(and(inArray(correspondence.id, ids), visibleTo(ctx, correspondence)))
    .orderBy(asc(correspondence.date), asc(correspondence.createdAt));
}
