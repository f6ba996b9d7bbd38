// Queries on organisations, each scoped by the access policy.
import type { Names } from '../../../shared/names.ts';
import { and, count, eq, inArray, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { organizationListQuerySchema } from '../../../shared/directory.ts';
import type { Executor } from '../../db/client.ts';
import { organizations } from '../../db/schema/directory.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationRef = { id: string; names: Names; acronym: string | null };
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
      parent: { id: parent.id, names: parent.names, acronym: parent.acronym },
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
  const term = q.q ? normaliseForSearch(q.q) : '';
  return listPage(q, {
    rows: () => selectWithParent(db, ctx),
    count: () => db.select({ n: count() }).from(organizations),
    map: withParent,
    id: organizations.id,
    access: visibleTo(ctx, organizations),
    archivedAt: organizations.archivedAt,
    where: [
      q.kind ? eq(organizations.kind, q.kind) : undefined,
      q.country ? eq(organizations.countryCode, q.country) : undefined,
      q.parentId ? eq(organizations.parentId, q.parentId) : undefined,
      q.ids ? inArray(organizations.id, q.ids.split(',').filter((s) => /^[0-9a-f-]{36}$/i.test(s))) : undefined,
      term ? like(organizations.searchText, containsPattern(term)) : undefined,
    ],
    sortKeys,
  });
}
