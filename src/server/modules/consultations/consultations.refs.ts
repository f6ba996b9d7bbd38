// Consultations as other records name them (an initiative approved by an adopted text), read through the access policy.
import { and, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { consultations } from '../../db/schema/consultations.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { ConsultationStatus } from '../../../shared/consultations.ts';

export type ConsultationRef = { id: string; title: string; titleRu: string | null; reference: string | null; status: ConsultationStatus; decisionCode: string | null };

/** The consultations among `ids` that `ctx` may see, by id. */
export async function consultationRefs(db: Executor, ctx: RequestContext, ids: (string | null | undefined)[]): Promise<Map<string, ConsultationRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: consultations.id, title: consultations.title, titleRu: consultations.titleRu, reference: consultations.reference, status: consultations.status, decisionCode: consultations.decisionCode })
    .from(consultations)
    .where(and(inArray(consultations.id, wanted), visibleTo(ctx, consultations)));
  return new Map(rows.map((r) => [r.id, r]));
}
