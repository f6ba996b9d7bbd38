import { POSITION_KINDS, type PositionKind } from '../../../shared/consultations.ts';
import type { Executor } from '../../db/client.ts';
import { can, isMission } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { recordMeta } from '../directory/directory.dto.ts';
import { consultationResource } from './consultations.policy.ts';
import {
  type BodyRef,
  type CurrentPosition,
  type ProcedureWithVersion,
  type VersionHead,
  bodyRefs,
  currentPositions,
  currentVersions,
  latestProcedures,
  maySeePositionOf,
  withDraftVersion,
} from './consultations.repository.ts';
import { type ConsultationRow, acceptsPositions, closesAt, isDecided } from './consultations.rules.ts';

/** What a consultation's answer needs beyond its own row, loaded for many rows at once. */
type ConsultationFacts = {
  body: BodyRef | null;
  currentVersion: VersionHead | null;
  hasDraftVersion: boolean;
  silence: ProcedureWithVersion | null;
  /** Current positions the viewer may see. */
  positions: CurrentPosition[];
};

async function loadFacts(db: Executor, ctx: RequestContext, rows: ConsultationRow[]): Promise<Map<string, ConsultationFacts>> {
  const ids = rows.map((r) => r.id);
  // One after the other: inside a transaction they share one connection.
  const bodies = await bodyRefs(db, ctx, rows.map((r) => r.bodyId));
  const versions = await currentVersions(db, ids);
  const drafts = await withDraftVersion(db, ids);
  const procedures = await latestProcedures(db, ids);
  const positions = await currentPositions(db, ctx, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        body: bodies.get(r.bodyId) ?? null,
        currentVersion: versions.get(r.id) ?? null,
        hasDraftVersion: drafts.has(r.id),
        silence: procedures.get(r.id) ?? null,
        positions: positions.filter((p) => p.consultationId === r.id),
      },
    ]),
  );
}

const runningProcedure = (f: Pick<ConsultationFacts, 'silence'>) => (f.silence?.status === 'running' ? f.silence : null);

function toSilenceDto(p: ProcedureWithVersion) {
  return {
    id: p.id,
    versionId: p.versionId,
    versionNumber: p.versionNumber,
    status: p.status,
    expiresAt: p.expiresAt.toISOString(),
    timeZone: p.timeZone,
    launchedAt: p.launchedAt.toISOString(),
    launchedBy: p.launchedBy,
    deadlines: p.deadlines,
    outcomeAt: p.outcomeAt?.toISOString() ?? null,
    brokenByParty: p.brokenByParty,
    withdrawnReason: p.withdrawnReason,
  };
}

/**
 * Parties on the list counted by current position (`none` for no position
 * yet), over the parties whose positions the viewer may see: all of them, or
 * under mission-only visibility only a delegate's own (a liaison officer none).
 */
function tally(ctx: RequestContext, c: ConsultationRow, positions: CurrentPosition[]) {
  const counts: Record<string, number> = Object.fromEntries([...POSITION_KINDS, 'none'].map((k) => [k, 0]));
  for (const party of c.sharedParties) {
    if (!maySeePositionOf(ctx, c, party)) continue;
    const kind = positions.find((p) => p.partyCode === party)?.kind ?? 'none';
    counts[kind] += 1;
  }
  return counts;
}

function myParty(ctx: RequestContext, c: ConsultationRow, f: ConsultationFacts, now: Date) {
  const v = ctx.viewer;
  if (v?.role !== 'delegate' || !v.partyCode) return null;
  const onList = c.sharedParties.includes(v.partyCode);
  const current = f.positions.find((p) => p.partyCode === v.partyCode);
  const position: PositionKind | null = current?.kind ?? null;
  const reservationKind = position === 'reservation' ? (current?.reservationKind ?? null) : null;
  return { partyCode: v.partyCode, onList, position, reservationKind, canRespond: onList && acceptsPositions(c, runningProcedure(f), now) };
}

function abilities(ctx: RequestContext, c: ConsultationRow, f: ConsultationFacts) {
  const mission = ctx.system !== undefined || isMission(ctx.viewer?.role);
  const manages = mission && can(ctx, 'update', consultationResource, c);
  const live = c.archivedAt === null;
  const running = runningProcedure(f);
  const decided = isDecided(c);
  return {
    circulate: manages && live && !decided && !running && f.hasDraftVersion,
    launchSilence: manages && live && c.method === 'silence' && c.status === 'open' && !running,
    manageSilence: manages && running !== null,
    withdraw: manages && !decided,
    comment: (ctx.viewer !== null || ctx.system !== undefined) && live,
    missionNote: mission,
  };
}

function toConsultationDto(ctx: RequestContext, c: ConsultationRow, f: ConsultationFacts, now = new Date()) {
  const running = runningProcedure(f);
  const closing = closesAt(c, running);
  return {
    ...recordMeta(ctx, consultationResource, c),
    // A body the viewer may not see is not revealed, not even by its id.
    bodyId: f.body ? c.bodyId : null,
    body: f.body,
    title: c.title,
    titleRu: c.titleRu,
    reference: c.reference,
    method: c.method,
    status: c.status,
    distribution: { parties: c.sharedParties, organizations: c.sharedOrganizations },
    deadline: c.deadline?.toISOString() ?? null,
    timeZone: c.timeZone,
    positionsVisibility: c.positionsVisibility,
    chairUserIds: c.chairUserIds,
    currentVersion: f.currentVersion
      ? { id: f.currentVersion.id, number: f.currentVersion.number, circulatedAt: f.currentVersion.circulatedAt?.toISOString() ?? null }
      : null,
    silence: f.silence ? toSilenceDto(f.silence) : null,
    closesAt: closing?.toISOString() ?? null,
    outcomeAt: c.outcomeAt?.toISOString() ?? null,
    outcomeNote: c.outcomeNote,
    outcomeVersionId: c.outcomeVersionId,
    decisionId: c.decisionId,
    decisionCode: c.decisionCode,
    tally: tally(ctx, c, f.positions),
    myParty: myParty(ctx, c, f, now),
    can: abilities(ctx, c, f),
    provenance: c.provenance,
    sourceUrl: c.sourceUrl,
  };
}

/** Answers for many consultations, with their facts loaded in a few queries. */
export async function consultationDtos(db: Executor, ctx: RequestContext, rows: ConsultationRow[]) {
  const facts = await loadFacts(db, ctx, rows);
  const now = new Date();
  return rows.map((r) => toConsultationDto(ctx, r, facts.get(r.id)!, now));
}
