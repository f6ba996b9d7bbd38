// Initiatives as other records name them, read in batches through the access policy.
import { and, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { initiatives } from '../../db/schema/initiatives.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { InitiativeStage } from '../../../shared/initiatives.ts';

export type InitiativeRef = { id: string; reference: string; titleEn: string; titleRu: string | null; stage: InitiativeStage };

/** The initiatives among `ids` that `ctx` may see, by id. */
export async function initiativeRefs(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[]): Promise<Map<string, InitiativeRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: initiatives.id, reference: initiatives.reference, titleEn: initiatives.titleEn, titleRu: initiatives.titleRu, stage: initiatives.stage })
    .from(initiatives)
    .where(and(inArray(initiatives.id, wanted), visibleTo(ctx, initiatives)));
  return new Map(rows.map((r) => [r.id, r]));
}
