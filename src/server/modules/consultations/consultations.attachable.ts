import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { consultations } from '../../db/schema/consultations.table.ts';
import { type ClassifiedRecord, visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { defineAttachable } from '../../platform/documents/attachable.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadAccess(db: Executor, ctx: RequestContext, id: string): Promise<ClassifiedRecord | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({
      classification: consultations.classification,
      sharedParties: consultations.sharedParties,
      sharedOrganizations: consultations.sharedOrganizations,
      restrictedTo: consultations.restrictedTo,
    })
    .from(consultations)
    .where(and(eq(consultations.id, id), visibleTo(ctx, consultations)))
    .limit(1);
  return row ?? null;
}

/**
 * Documents (a background note, the annotated draft, a note verbale) attach to
 * a consultation and are seen exactly by those who see it: the mission while
 * it is a draft, then the distribution list. Only the mission attaches them.
 */
export const consultationAttachable = defineAttachable({ type: 'consultation', loadAccess, path: (id) => `/consultations/${id}` });
