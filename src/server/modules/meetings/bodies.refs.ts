// Bodies as other records name them, read in batches through the access policy.
import type { Names } from '../../../shared/names.ts';
import { and, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { bodies } from '../../db/schema/meetings.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';

export type BodyRef = { id: string; names: Names; acronym: string | null; memberParties: string[] };

/** The bodies among `ids` that `ctx` may see, by id. */
export async function bodyRefs(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[]): Promise<Map<string, BodyRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: bodies.id, names: bodies.names, acronym: bodies.acronym, memberParties: bodies.memberParties })
    .from(bodies)
    .where(and(inArray(bodies.id, wanted), visibleTo(ctx, bodies)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** One body `ctx` may see, or null (hidden and missing are the same). */
export const findBodyRef = async (db: Executor, ctx: RequestContext, id: string) => (await bodyRefs(db, ctx, [id])).get(id) ?? null;
