// Names of parties, organisations and people for other records, read in batches through the access policy.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Names } from '../../../shared/names.ts';
import type { Executor } from '../../db/client.ts';
import { organizations, parties, people, posts } from '../../db/schema/directory.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';

export type PartyRef = { code: string; names: Names };
export type OrganizationRef = { id: string; names: Names; acronym: string | null };
export type PersonRef = { id: string; fullName: string; nameLatin: string | null; nameRu: string | null; honorific: string | null };

const unique = <T>(xs: (T | null | undefined)[]) => [...new Set(xs.filter((x): x is T => x !== null && x !== undefined))];

/** The parties among `codes` that `ctx` may see, by code. */
export async function partyRefs(db: Executor, ctx: RequestContext, codes: (string | null | undefined)[]): Promise<Map<string, PartyRef>> {
  const wanted = unique(codes);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ code: parties.code, names: parties.names })
    .from(parties)
    .where(and(inArray(parties.code, wanted), visibleTo(ctx, parties)));
  return new Map(rows.map((r) => [r.code, r]));
}

/** The organisations among `ids` that `ctx` may see, by id. */
export async function organizationRefs(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[]): Promise<Map<string, OrganizationRef>> {
  const wanted = unique(ids);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, names: organizations.names, acronym: organizations.acronym })
    .from(organizations)
    .where(and(inArray(organizations.id, wanted), visibleTo(ctx, organizations)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The people among `ids` that `ctx` may see, by id. */
export async function personRefs(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[]): Promise<Map<string, PersonRef>> {
  const wanted = unique(ids);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, fullName: people.fullName, nameLatin: people.nameLatin, nameRu: people.nameRu, honorific: people.honorific })
    .from(people)
    .where(and(inArray(people.id, wanted), visibleTo(ctx, people)));
  return new Map(rows.map((r) => [r.id, r]));
}

export type PostOnDate = { personId: string; title: string; organizationId: string };

/**
 * The post each of the people (visible to `ctx`) held on `date` (YYYY-MM-DD):
 * a post whose period contains the date; of several, the one begun last.
 */
export async function postsOnDate(db: Executor, ctx: RequestContext, personIds: (string | null | undefined)[], date: string): Promise<Map<string, PostOnDate>> {
  const wanted = unique(personIds);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ personId: posts.personId, title: posts.title, organizationId: posts.organizationId })
    .from(posts)
    .innerJoin(people, eq(people.id, posts.personId))
    .where(
      and(
        inArray(posts.personId, wanted),
        visibleTo(ctx, people),
        sql`(${posts.fromDate} is null or ${posts.fromDate} <= ${date}::date) and (${posts.toDate} is null or ${posts.toDate} >= ${date}::date)`,
      ),
    )
    .orderBy(desc(sql`coalesce(${posts.fromDate}, '0001-01-01'::date)`));
  const by = new Map<string, PostOnDate>();
  for (const r of rows) if (!by.has(r.personId)) by.set(r.personId, r);
  return by;
}

/** Every post of each of the people (visible to `ctx`), newest first: for profiles. */
export async function postHistory(db: Executor, ctx: RequestContext, personIds: string[]) {
  const wanted = unique(personIds);
  const by = new Map<string, { title: string; organizationId: string; fromDate: string | null; toDate: string | null }[]>();
  if (wanted.length === 0) return by;
  const rows = await db
    .select({ personId: posts.personId, title: posts.title, organizationId: posts.organizationId, fromDate: posts.fromDate, toDate: posts.toDate })
    .from(posts)
    .innerJoin(people, eq(people.id, posts.personId))
    .where(and(inArray(posts.personId, wanted), visibleTo(ctx, people)))
    .orderBy(desc(sql`coalesce(${posts.fromDate}, '0001-01-01'::date)`));
  for (const { personId, ...p } of rows) by.set(personId, [...(by.get(personId) ?? []), p]);
  return by;
}
