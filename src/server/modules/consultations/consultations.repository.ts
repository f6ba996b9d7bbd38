// Queries on consultations and their versions, procedures and positions, each scoped by the access policy; row locks for writes.
import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { PositionKind } from '../../../shared/consultations.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { consultationPositions, consultationVersions, consultations, silenceProcedures } from '../../db/schema/consultations.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { consultationNotFound, consultationWriteForbidden } from './consultations.errors.ts';
import { mayManage, partyParts, versionParts } from './consultations.policy.ts';
import type { ConsultationRow, SilenceRow } from './consultations.rules.ts';

/** The consultation, if `ctx` may see it. */
export async function findConsultationRow(db: Executor, ctx: RequestContext, id: string): Promise<ConsultationRow | null> {
  const [row] = await db.select().from(consultations).where(and(eq(consultations.id, id), visibleTo(ctx, consultations))).limit(1);
  return row ?? null;
}

/** The consultation, if `ctx` may see it (404 otherwise). */
export async function visibleConsultation(db: Executor, ctx: RequestContext, id: string): Promise<ConsultationRow> {
  const row = await findConsultationRow(db, ctx, id);
  if (!row) throw consultationNotFound();
  return row;
}

/**
 * Locks the consultation's row for the rest of `tx`, once it is established
 * that `ctx` may see it (404 otherwise). Every write to a consultation or its
 * parts (versions, positions, procedures) takes this lock first, so a position
 * and the expiry job, or two positions, are decided one after the other.
 * Whether `ctx` may *change* it is the caller's question.
 */
export async function lockConsultation(tx: Tx, ctx: RequestContext, id: string): Promise<ConsultationRow> {
  const [row] = await tx.select().from(consultations).where(and(eq(consultations.id, id), visibleTo(ctx, consultations))).limit(1).for('update');
  if (!row) throw consultationNotFound();
  return row;
}

// ---------- parts of consultations already known to be visible ----------

export type VersionHead = { id: string; consultationId: string; number: number; circulatedAt: Date | null };

/** The latest circulated version of each consultation. */
export async function currentVersions(db: Executor, ids: string[]): Promise<Map<string, VersionHead>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([consultationVersions.consultationId], {
      id: consultationVersions.id,
      consultationId: consultationVersions.consultationId,
      number: consultationVersions.number,
      circulatedAt: consultationVersions.circulatedAt,
    })
    .from(consultationVersions)
    .where(and(inArray(consultationVersions.consultationId, ids), isNotNull(consultationVersions.circulatedAt)))
    .orderBy(consultationVersions.consultationId, desc(consultationVersions.number));
  return new Map(rows.map((r) => [r.consultationId, r]));
}

/** Consultations (of `ids`) that have a draft version waiting to be circulated. */
export async function withDraftVersion(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: consultationVersions.consultationId })
    .from(consultationVersions)
    .where(and(inArray(consultationVersions.consultationId, ids), isNull(consultationVersions.circulatedAt)));
  return new Set(rows.map((r) => r.id));
}

export type ProcedureWithVersion = SilenceRow & { versionNumber: number };

/** The running silence procedure of each consultation, else its latest one. */
export async function latestProcedures(db: Executor, ids: string[]): Promise<Map<string, ProcedureWithVersion>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([silenceProcedures.consultationId], { procedure: silenceProcedures, versionNumber: consultationVersions.number })
    .from(silenceProcedures)
    .innerJoin(consultationVersions, eq(consultationVersions.id, silenceProcedures.versionId))
    .where(inArray(silenceProcedures.consultationId, ids))
    .orderBy(silenceProcedures.consultationId, sql`(${silenceProcedures.status} = 'running') desc`, desc(silenceProcedures.launchedAt));
  return new Map(rows.map((r) => [r.procedure.consultationId, { ...r.procedure, versionNumber: r.versionNumber }]));
}

export type CurrentPosition = { consultationId: string; partyCode: string; kind: PositionKind; reservationKind: 'general' | 'scrutiny' | null };

/** Each party's current position on each consultation, as far as the viewer may see positions. */
export async function currentPositions(db: Executor, ctx: RequestContext, ids: string[]): Promise<CurrentPosition[]> {
  if (ids.length === 0) return [];
  return db
    .selectDistinctOn([consultationPositions.consultationId, consultationPositions.partyCode], {
      consultationId: consultationPositions.consultationId,
      partyCode: consultationPositions.partyCode,
      kind: consultationPositions.kind,
      reservationKind: consultationPositions.reservationKind,
    })
    .from(consultationPositions)
    .innerJoin(consultations, eq(consultations.id, consultationPositions.consultationId))
    .where(and(inArray(consultationPositions.consultationId, ids), partyParts.sql(ctx, consultations.positionsVisibility, consultationPositions.partyCode)))
    .orderBy(consultationPositions.consultationId, consultationPositions.partyCode, desc(consultationPositions.recordedAt), desc(consultationPositions.id));
}

/** A version of a visible consultation, if the viewer may see it (drafts are the mission's). */
export async function findVersion(db: Executor, ctx: RequestContext, consultationId: string, versionId: string) {
  const [row] = await db
    .select()
    .from(consultationVersions)
    .where(and(eq(consultationVersions.id, versionId), eq(consultationVersions.consultationId, consultationId), versionParts.sql(ctx)))
    .limit(1);
  return row ?? null;
}

/**
 * Locks the consultation for a change only the mission makes (the record
 * itself, its versions): 404 when hidden, 403 when the viewer may see it but
 * not change it (delegates, liaison officers).
 */
export async function lockForManaging(tx: Tx, ctx: RequestContext, id: string): Promise<ConsultationRow> {
  const row = await lockConsultation(tx, ctx, id);
  // Consultations take no outside contributors, so only the mission (and system work) may update.
  if (!mayManage(ctx, row)) throw consultationWriteForbidden();
  return row;
}
