// Posts of people the reader may see, at given organisations: what other modules read to tell whether someone still holds a post there.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { people, posts } from '../../db/schema/directory.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';

export type PostRef = { personId: string; organizationId: string; title: string; fromDate: string | null; toDate: string | null };

/** The posts of the people among `personIds` that `ctx` may see, at the organisations among `organizationIds`. */
export async function postsAt(db: Executor, ctx: RequestContext, personIds: string[], organizationIds: string[]): Promise<PostRef[]> {
  const persons = [...new Set(personIds)];
  const orgs = [...new Set(organizationIds)];
  if (persons.length === 0 || orgs.length === 0) return [];
  return db
    .select({ personId: posts.personId, organizationId: posts.organizationId, title: posts.title, fromDate: posts.fromDate, toDate: posts.toDate })
    .from(posts)
    .innerJoin(people, and(eq(people.id, posts.personId), visibleTo(ctx, people)))
    .where(and(inArray(posts.personId, persons), inArray(posts.organizationId, orgs)));
}
