// Records the first time a delegation opened a circulated version of a consultation's text.
import { and, eq } from 'drizzle-orm';
import { consultationAcknowledgements } from '../../db/schema/consultations.table.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { versionNotFound } from './consultations.errors.ts';
import { findVersion, lockConsultation, visibleConsultation } from './consultations.repository.ts';

const toDto = (a: typeof consultationAcknowledgements.$inferSelect) => ({ partyCode: a.partyCode, at: a.at.toISOString(), userLabel: a.userLabel });

/**
 * Records the first time the viewer's delegation opened a circulated version
 * ("received by Viet Nam 14:02"). Only a delegate of a party on the list
 * acknowledges: later calls, by them or another member of their delegation,
 * change nothing and answer the acknowledgement already recorded. For mission
 * users and liaison officers, who take no position, it is a no-op (null).
 */
export async function acknowledgeVersion(deps: Deps, ctx: RequestContext, id: string, versionId: string) {
  const c = await visibleConsultation(deps.db, ctx, id);
  const version = await findVersion(deps.db, ctx, id, versionId);
  // Drafts are hidden from delegations, so a delegate never gets this far for one.
  if (!version) throw versionNotFound();
  const v = ctx.viewer;
  const party = v?.role === 'delegate' ? v.partyCode : null;
  if (!v || !party || !c.sharedParties.includes(party) || !version.circulatedAt) return null;
  const existing = await findAck(deps, versionId, party);
  if (existing) return toDto(existing);
  return deps.db.transaction(async (tx) => {
    await lockConsultation(tx, ctx, id);
    const [row] = await tx
      .insert(consultationAcknowledgements)
      .values({ consultationId: id, versionId, partyCode: party, userId: v.id, userLabel: v.displayName, at: new Date() })
      .onConflictDoNothing({ target: [consultationAcknowledgements.versionId, consultationAcknowledgements.partyCode] })
      .returning();
    if (!row) {
      const [first] = await tx
        .select()
        .from(consultationAcknowledgements)
        .where(and(eq(consultationAcknowledgements.versionId, versionId), eq(consultationAcknowledgements.partyCode, party)));
      return toDto(first);
    }
    await recordAudit(tx, ctx, {
      action: 'consultation.acknowledge',
      recordType: 'consultation',
      recordId: id,
      changes: { version: { after: { id: version.id, number: version.number } }, partyCode: { after: party }, at: { after: row.at.toISOString() } },
    });
    return toDto(row);
  });
}

async function findAck(deps: Deps, versionId: string, party: string) {
  const [row] = await deps.db
    .select()
    .from(consultationAcknowledgements)
    .where(and(eq(consultationAcknowledgements.versionId, versionId), eq(consultationAcknowledgements.partyCode, party)))
    .limit(1);
  return row ?? null;
}
