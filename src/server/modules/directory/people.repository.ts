// Queries on people and their posts, each scoped by the access policy (a post at a hidden organisation is left out).
import type { Names } from '../../../shared/names.ts';
import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { personListQuerySchema } from '../../../shared/directory.ts';
import type { Executor } from '../../db/client.ts';
import { organizations, people, posts } from '../../db/schema/directory.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type PersonRow = typeof people.$inferSelect;
export type PostView = {
  id: string;
  organizationId: string;
  organization: { id: string; names: Names; acronym: string | null };
  title: string;
  fromDate: string | null;
  toDate: string | null;
};
export type PersonWithPosts = PersonRow & { posts: PostView[] };

const sortName = sql`lower(coalesce(${people.nameLatin}, ${people.fullName}))`;
const sortKeys: Record<'name' | 'updatedAt', SortKey<PersonRow>> = {
  name: { expr: sortName, value: (r) => r.nameLatin ?? r.fullName, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${people.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

/**
 * Posts of the given people, at organisations the user may see (a post at a
 * hidden organisation would reveal it). Current posts first, then newest.
 */
export async function postsOf(db: Executor, ctx: RequestContext, personIds: string[]): Promise<Map<string, PostView[]>> {
  const byPerson = new Map<string, PostView[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({
      personId: posts.personId,
      id: posts.id,
      organizationId: posts.organizationId,
      title: posts.title,
      fromDate: posts.fromDate,
      toDate: posts.toDate,
      organization: { id: organizations.id, names: organizations.names, acronym: organizations.acronym },
    })
    .from(posts)
    .innerJoin(organizations, and(eq(organizations.id, posts.organizationId), visibleTo(ctx, organizations)))
    .where(inArray(posts.personId, personIds))
    .orderBy(sql`${posts.toDate} is not null`, desc(posts.fromDate), posts.id);
  for (const { personId, ...post } of rows) {
    const list = byPerson.get(personId) ?? [];
    list.push(post);
    byPerson.set(personId, list);
  }
  return byPerson;
}

export async function findPerson(db: Executor, ctx: RequestContext, id: string): Promise<PersonWithPosts | null> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, id), visibleTo(ctx, people)))
    .limit(1);
  if (!row) return null;
  const p = await postsOf(db, ctx, [row.id]);
  return { ...row, posts: p.get(row.id) ?? [] };
}

/**
 * People whose search text contains `term`, found through the trigram index
 * first and then sorted and paged: as one array computed once, the planner
 * cannot trade the index for a walk of the sorted name index that filters
 * row by row (which it does once the table is large enough: 4.5 ms instead of
 * 0.25 at 12,000 people). A term shorter than a trigram cannot use the index,
 * and stays a plain filter.
 */
const matchingPeople = (term: string) =>
  term.length < 3
    ? like(people.searchText, containsPattern(term))
    : sql`${people.id} = any(array(select m.id from ${people} m where m.search_text like ${containsPattern(term)}))`;

export async function listPeople(db: Executor, ctx: RequestContext, q: z.output<typeof personListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const result = await listRecords(db, ctx, people, q, {
    where: [
      // People who hold or held a post there (the organisation itself must be visible).
      q.organizationId
        ? sql`exists (select 1 from ${posts} join ${organizations} on ${organizations.id} = ${posts.organizationId}
      where ${posts.personId} = ${people.id} and ${posts.organizationId} = ${q.organizationId}::uuid and ${visibleTo(ctx, organizations)})`
        : undefined,
      term ? matchingPeople(term) : undefined,
    ],
    sortKeys,
  });
  const postMap = await postsOf(db, ctx, result.items.map((r) => r.id));
  return { ...result, items: result.items.map((r) => ({ ...r, posts: postMap.get(r.id) ?? [] })) };
}
