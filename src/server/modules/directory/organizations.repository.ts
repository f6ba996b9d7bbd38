import { and, count, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { organizationListQuerySchema } from '../../../shared/directory.ts';
import type { Executor } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { afterCursor, archivedFilter, orderBy, page, parseSort, type SortKey } from '../../platform/http/keyset.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationRef = { id: string; nameEn: string; nameRu: string | null; acronym: string | null };
export type OrganizationWithParent = OrganizationRow & { parent: OrganizationRef | null };

const parent = alias(organizations, 'parent');

const sortKeys: Record<'name' | 'updatedAt', SortKey<OrganizationRow>> = {
  name: { expr: sql`lower(${organizations.nameEn})`, value: (r) => r.nameEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${organizations.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};


/** Every query below is scoped by the access policy for `ctx`; there is no unscoped read. */
function selectWithParent(db: Executor, ctx: RequestContext) {
  return db
    .select({
      org: organizations,
      parent: { id: parent.id, nameEn: parent.nameEn, nameRu: parent.nameRu, acronym: parent.acronym },
    })
    .from(organizations)
    .leftJoin(parent, and(eq(parent.id, organizations.parentId), visibleTo(ctx, parent)));
}

const withParent = (r: { org: OrganizationRow; parent: OrganizationRef | null }): OrganizationWithParent => ({
  ...r.org,
  parent: r.parent?.id ? r.parent : null,
});

export async function findOrganization(db: Executor, ctx: RequestContext, id: string): Promise<OrganizationWithParent | null> {
  const [row] = await selectWithParent(db, ctx)
    .where(and(eq(organizations.id, id), visibleTo(ctx, organizations)))
    .limit(1);
  return row ? withParent(row) : null;
}

export async function listOrganizations(db: Executor, ctx: RequestContext, q: z.output<typeof organizationListQuerySchema>) {
  const where: (SQL | undefined)[] = [visibleTo(ctx, organizations), archivedFilter(organizations.archivedAt, q.archived)];
  if (q.kind) where.push(eq(organizations.kind, q.kind));
  if (q.country) where.push(eq(organizations.countryCode, q.country));
  if (q.parentId) where.push(eq(organizations.parentId, q.parentId));
  if (q.ids) where.push(inArray(organizations.id, q.ids.split(',').filter((s) => /^[0-9a-f-]{36}$/i.test(s))));
  const term = q.q ? normaliseForSearch(q.q) : '';
  if (term) where.push(like(organizations.searchText, containsPattern(term)));
  const filter = and(...where);
  const { key, desc } = parseSort(q.sort, sortKeys);
  const rows = await selectWithParent(db, ctx)
    .where(and(filter, afterCursor(q.cursor, key, organizations.id, desc)))
    .orderBy(...orderBy(key, organizations.id, desc))
    .limit(q.limit + 1);
  const [{ n }] = await db.select({ n: count() }).from(organizations).where(filter);
  const result = page(rows.map(withParent), q.limit, key);
  return { ...result, total: Number(n) };
}

/** Would making `parentId` the parent of `id` create a cycle? */
export async function wouldCycle(db: Executor, id: string, parentId: string): Promise<boolean> {
  const res = (await db.execute(sql`
    with recursive chain(id, depth) as (
      select ${parentId}::uuid, 0
      union all
      select o.parent_id, c.depth + 1 from organizations o join chain c on o.id = c.id
      where o.parent_id is not null and c.depth < 100
    )
    select exists(select 1 from chain where id = ${id}::uuid) as found`)) as unknown as { rows: { found: boolean }[] };
  return Boolean(res.rows[0]?.found);
}
