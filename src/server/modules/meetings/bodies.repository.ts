// Queries on bodies, their parents, coordinators and meeting facts, each scoped by the access policy.
import type { Names } from '../../../shared/names.ts';
import { and, arrayContains, asc, count, desc, eq, gte, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { bodyListQuerySchema } from '../../../shared/meetings.ts';
import type { Executor } from '../../db/client.ts';
import { bodies, bodyCoordinators, meetings } from '../../db/schema/meetings.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { HELD_STATUSES, type HeldMeeting, type ScheduledMeeting } from './cadence.ts';

export type BodyRow = typeof bodies.$inferSelect;
export type BodyRef = { id: string; names: Names; acronym: string | null };
export type BodyWithParent = BodyRow & { parent: BodyRef | null };
export type CoordinatorRow = typeof bodyCoordinators.$inferSelect;

const parent = alias(bodies, 'parent');
const sortKeys: Record<'name' | 'updatedAt', SortKey<BodyRow>> = {
  name: { expr: sql`lower(${bodies.nameEn})`, value: (r) => r.nameEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${bodies.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

/** Every query is scoped by the access policy for `ctx`; a hidden parent is left out. */
function selectWithParent(db: Executor, ctx: RequestContext) {
  return db
    .select({ body: bodies, parent: { id: parent.id, names: parent.names, acronym: parent.acronym } })
    .from(bodies)
    .leftJoin(parent, and(eq(parent.id, bodies.parentId), visibleTo(ctx, parent)));
}
const withParent = (r: { body: BodyRow; parent: BodyRef | null }): BodyWithParent => ({ ...r.body, parent: r.parent?.id ? r.parent : null });

export async function findBody(db: Executor, ctx: RequestContext, id: string): Promise<BodyWithParent | null> {
  const [row] = await selectWithParent(db, ctx).where(and(eq(bodies.id, id), visibleTo(ctx, bodies))).limit(1);
  return row ? withParent(row) : null;
}

/** The body list's own filters (besides access and archived). */
function bodyFilters(q: Pick<z.output<typeof bodyListQuerySchema>, 'kind' | 'sector' | 'parentId' | 'q'>): (SQL | undefined)[] {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return [
    q.kind ? eq(bodies.kind, q.kind) : undefined,
    q.sector ? arrayContains(bodies.sectors, [q.sector]) : undefined,
    q.parentId ? eq(bodies.parentId, q.parentId) : undefined,
    term ? like(bodies.searchText, containsPattern(term)) : undefined,
  ];
}

export async function listBodies(db: Executor, ctx: RequestContext, q: z.output<typeof bodyListQuerySchema>) {
  return listPage(q, {
    rows: () => selectWithParent(db, ctx),
    count: () => db.select({ n: count() }).from(bodies),
    map: withParent,
    id: bodies.id,
    access: visibleTo(ctx, bodies),
    archivedAt: bodies.archivedAt,
    where: bodyFilters(q),
    sortKeys,
  });
}

/** Every visible active body, unpaged (the mechanisms health view: bodies are few). */
export async function allActiveBodies(db: Executor, ctx: RequestContext) {
  const rows = await selectWithParent(db, ctx).where(and(visibleTo(ctx, bodies), isNull(bodies.archivedAt))).orderBy(asc(sql`lower(${bodies.nameEn})`), asc(bodies.id)).limit(1000);
  return rows.map(withParent);
}

/**
 * For each body, its last held meeting and its next planned one, among the
 * meetings `ctx` may see (so health never reveals a hidden meeting).
 */
export async function meetingFactsOf(db: Executor, ctx: RequestContext, bodyIds: string[], now: Date) {
  const last = new Map<string, HeldMeeting>();
  const next = new Map<string, ScheduledMeeting>();
  if (bodyIds.length === 0) return { last, next };
  const held = await db
    .selectDistinctOn([meetings.bodyId], { bodyId: meetings.bodyId, id: meetings.id, startsAt: meetings.startsAt, timeZone: meetings.timeZone })
    .from(meetings)
    .where(and(inArray(meetings.bodyId, bodyIds), inArray(meetings.status, [...HELD_STATUSES]), isNull(meetings.archivedAt), visibleTo(ctx, meetings)))
    .orderBy(meetings.bodyId, desc(meetings.startsAt), desc(meetings.id));
  for (const h of held) last.set(h.bodyId, h);
  const planned = await db
    .select({ bodyId: meetings.bodyId, id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(inArray(meetings.bodyId, bodyIds), eq(meetings.status, 'planned'), gte(meetings.endsAt, now), isNull(meetings.archivedAt), visibleTo(ctx, meetings)))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  for (const p of planned) {
    const l = last.get(p.bodyId);
    if (!next.has(p.bodyId) && (!l || p.startsAt > l.startsAt)) next.set(p.bodyId, { id: p.id, startsAt: p.startsAt });
  }
  return { last, next };
}

export async function coordinatorsOf(db: Executor, bodyIds: string[]) {
  const by = new Map<string, CoordinatorRow[]>();
  if (bodyIds.length === 0) return by;
  const rows = await db
    .select()
    .from(bodyCoordinators)
    .where(inArray(bodyCoordinators.bodyId, bodyIds))
    .orderBy(asc(bodyCoordinators.fromDate), asc(bodyCoordinators.id));
  for (const r of rows) by.set(r.bodyId, [...(by.get(r.bodyId) ?? []), r]);
  return by;
}
