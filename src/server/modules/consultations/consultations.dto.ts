// Consultations as the API answers them: batched facts (versions, procedures, positions, party names) and abilities per viewer.
import { POSITION_KINDS, type PositionKind } from '../../../shared/consultations.ts';
import type { Executor } from '../../db/client.ts';
import type { RequestContext } from '../../platform/context.ts';
import { recordMeta } from '../../platform/records/meta.ts';
import { type BodyRef, bodyRefs } from '../meetings/meetings.api.ts';
import { partyRefs } from '../directory/directory.api.ts';
import { outcomeNote, partiesOf, type PartyNames } from './consultations.texts.ts';
import { consultationAbilities, consultationResource, partyParts } from './consultations.policy.ts';
import {
  type CurrentPosition,
  type ProcedureWithVersion,
  type VersionHead,
  currentPositions,
  currentVersions,
  latestProcedures,
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
  /** Names of the parties its outcome names, as far as the viewer may see them. */
  names: PartyNames;
};

async function loadFacts(db: Executor, ctx: RequestContext, rows: ConsultationRow[]): Promise<Map<string, ConsultationFacts>> {
  const ids = rows.map((r) => r.id);
  // One after the other: inside a transaction they share one connection.
  const bodies = await bodyRefs(db, ctx, rows.map((r) => r.bodyId));
  const versions = await currentVersions(db, ids);
  const drafts = await withDraftVersion(db, ids);
  const procedures = await latestProcedures(db, ids);
  const positions = await currentPositions(db, ctx, ids);
  const parties = await partyRefs(db, ctx, rows.flatMap((r) => (r.outcome ? partiesOf(r.outcome) : [])));
  const names: PartyNames = new Map([...parties].map(([code, p]) => [code, p.names]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        body: bodies.get(r.bodyId) ?? null,
        currentVersion: versions.get(r.id) ?? null,
        hasDraftVersion: drafts.has(r.id),
        silence: procedures.get(r.id) ?? null,
        positions: positions.filter((p) => p.consultationId === r.id),
        names,
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
    if (!partyParts.may(ctx, c.positionsVisibility, party)) continue;
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

const abilities = (ctx: RequestContext, c: ConsultationRow, f: ConsultationFacts) =>
  consultationAbilities(ctx, c, { live: c.archivedAt === null, decided: isDecided(c), silenceRunning: runningProcedure(f) !== null, hasDraftVersion: f.hasDraftVersion });

function toConsultationDto(ctx: RequestContext, c: ConsultationRow, f: ConsultationFacts, now = new Date()) {
  const running = runningProcedure(f);
  const closing = closesAt(c, running);
  return {
    ...recordMeta(ctx, consultationResource, c),
    // A body the viewer may not see is not revealed, not even by its id.
    bodyId: f.body ? c.bodyId : null,
    body: f.body ? { id: f.body.id, names: f.body.names, acronym: f.body.acronym } : null,
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
    outcome: c.outcome ?? null,
    outcomeNote: c.outcome ? outcomeNote(c.outcome, ctx.viewer?.language ?? 'en', f.names) : null,
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
