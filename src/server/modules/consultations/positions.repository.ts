// Queries on a consultation's positions, acknowledgements, circulated versions and silence procedures.
import { and, type AnyColumn, asc, desc, eq, isNotNull, } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { consultationAcknowledgements, consultationPositions, consultationVersions, silenceProcedures } from '../../db/schema/consultations.table.ts';
import { partyParts } from './consultations.policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { ConsultationRow, SilenceRow } from './consultations.rules.ts';

/**
 * Queries of a consultation's positions, acknowledgements, circulated
 * versions and silence procedures. The caller has already established that
 * `ctx` may see the consultation (lockConsultation / visibleConsultation);
 * these add the rule for its parts: under mission-only visibility a delegate
 * sees only their own party's positions and acknowledgements, a liaison
 * officer none.
 */
export type PositionRow = typeof consultationPositions.$inferSelect;
export type VersionRef = { id: string; number: number; content: string; circulatedAt: Date | null };

/** May `ctx` see the positions (and acknowledgements) of parties in `partyColumn`? The rule is `partyParts` in the policy. */
const partyPartsVisible = (ctx: RequestContext, c: Pick<ConsultationRow, 'positionsVisibility'>, partyColumn: AnyColumn) => partyParts.sql(ctx, c.positionsVisibility, partyColumn);

/** Each party's latest position that `ctx` may see, by party. */
export async function currentPositions(db: Executor, ctx: RequestContext, c: ConsultationRow): Promise<Map<string, PositionRow>> {
  const rows = await db
    .selectDistinctOn([consultationPositions.partyCode])
    .from(consultationPositions)
    .where(and(eq(consultationPositions.consultationId, c.id), partyPartsVisible(ctx, c, consultationPositions.partyCode)))
    .orderBy(consultationPositions.partyCode, desc(consultationPositions.recordedAt), desc(consultationPositions.id));
  return new Map(rows.map((r) => [r.partyCode, r]));
}

/** Every position `ctx` may see, newest first, with its version's number and whether it broke silence. */
export async function positionHistory(db: Executor, ctx: RequestContext, c: ConsultationRow) {
  return db
    .select({ position: consultationPositions, versionNumber: consultationVersions.number, brokeProcedureId: silenceProcedures.id })
    .from(consultationPositions)
    .innerJoin(consultationVersions, eq(consultationVersions.id, consultationPositions.versionId))
    .leftJoin(silenceProcedures, eq(silenceProcedures.brokenByPositionId, consultationPositions.id))
    .where(and(eq(consultationPositions.consultationId, c.id), partyPartsVisible(ctx, c, consultationPositions.partyCode)))
    .orderBy(desc(consultationPositions.recordedAt), desc(consultationPositions.id));
}

/** Acknowledgements `ctx` may see, oldest first (all versions, or one). */
export async function acknowledgements(db: Executor, ctx: RequestContext, c: ConsultationRow, versionId?: string) {
  return db
    .select({ ack: consultationAcknowledgements, versionNumber: consultationVersions.number })
    .from(consultationAcknowledgements)
    .innerJoin(consultationVersions, eq(consultationVersions.id, consultationAcknowledgements.versionId))
    .where(
      and(
        eq(consultationAcknowledgements.consultationId, c.id),
        versionId ? eq(consultationAcknowledgements.versionId, versionId) : undefined,
        partyPartsVisible(ctx, c, consultationAcknowledgements.partyCode),
      ),
    )
    .orderBy(asc(consultationAcknowledgements.at), asc(consultationAcknowledgements.partyCode));
}

const versionColumns = { id: consultationVersions.id, number: consultationVersions.number, content: consultationVersions.content, circulatedAt: consultationVersions.circulatedAt };

/** The latest circulated version of the consultation, if any. */
export async function latestCirculatedVersion(db: Executor, consultationId: string): Promise<VersionRef | null> {
  const [row] = await db
    .select(versionColumns)
    .from(consultationVersions)
    .where(and(eq(consultationVersions.consultationId, consultationId), isNotNull(consultationVersions.circulatedAt)))
    .orderBy(desc(consultationVersions.number))
    .limit(1);
  return row ?? null;
}

/** A circulated version of this consultation, or null (unknown, of another consultation, or still a draft). */
export async function circulatedVersion(db: Executor, consultationId: string, versionId: string): Promise<VersionRef | null> {
  const [row] = await db
    .select(versionColumns)
    .from(consultationVersions)
    .where(and(eq(consultationVersions.id, versionId), eq(consultationVersions.consultationId, consultationId), isNotNull(consultationVersions.circulatedAt)))
    .limit(1);
  return row ?? null;
}

/** Every version of the consultation (for the timeline), oldest first. */
export async function versionsOf(db: Executor, consultationId: string) {
  return db
    .select({ id: consultationVersions.id, number: consultationVersions.number, circulatedAt: consultationVersions.circulatedAt, circulatedBy: consultationVersions.circulatedBy })
    .from(consultationVersions)
    .where(eq(consultationVersions.consultationId, consultationId))
    .orderBy(asc(consultationVersions.number));
}

/** The running silence procedure of the consultation (at most one). */
export async function runningProcedure(db: Executor, consultationId: string): Promise<SilenceRow | null> {
  const [row] = await db
    .select()
    .from(silenceProcedures)
    .where(and(eq(silenceProcedures.consultationId, consultationId), eq(silenceProcedures.status, 'running')))
    .limit(1);
  return row ?? null;
}

/** Every silence procedure of the consultation, oldest first. */
export async function proceduresOf(db: Executor, consultationId: string): Promise<SilenceRow[]> {
  return db.select().from(silenceProcedures).where(eq(silenceProcedures.consultationId, consultationId)).orderBy(asc(silenceProcedures.launchedAt));
}
