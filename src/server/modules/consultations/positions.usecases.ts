// Setting and reading delegations' positions: one current position per party, consent completing a consensus.
import type { z } from 'zod';
import { type Position, type positionInputSchema, SILENCE_BREAKING } from '../../../shared/consultations.ts';
import { consultationPositions } from '../../db/schema/consultations.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { type RequestContext, systemContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { consensusReached } from './consensus.ts';
import { positionsClosed, positionUnknownVersion } from './consultations.errors.ts';
import { partyParts, positionPartyFor } from './consultations.policy.ts';
import { lockConsultation, visibleConsultation } from './consultations.repository.ts';
import { acceptsPositions, closesAt } from './consultations.rules.ts';
import { OUTCOME_CONTEXT } from './deadline.jobs.ts';
import { adopt } from './outcome.ts';
import {
  acknowledgements,
  circulatedVersion,
  currentPositions,
  latestCirculatedVersion,
  type PositionRow,
  positionHistory,
  runningProcedure,
} from './positions.repository.ts';
import { assertOpen, breakSilence } from './silence.usecases.ts';
import { partyNames, POSITION_RECORDED } from './silence.notifications.ts';

/**
 * One voice per delegation: each party on the list has one current position
 * (its latest), and every earlier one is kept. A delegate sets only their own
 * party's; the mission may record one on a listed party's behalf (given by
 * note verbale, say).
 */
type Input = z.output<typeof positionInputSchema>;
const FIELDS = ['consultationId', 'partyCode', 'versionId', 'kind', 'reservationKind', 'text', 'procedureId'] as const;

export function toPositionDto(row: PositionRow, versionNumber: number, current: boolean, brokeSilence: boolean): Position {
  return {
    id: row.id,
    partyCode: row.partyCode,
    versionId: row.versionId,
    versionNumber,
    kind: row.kind,
    reservationKind: row.reservationKind,
    text: row.text,
    recordedByLabel: row.recordedByLabel,
    recordedByMission: row.recordedByMission,
    recordedAt: row.recordedAt.toISOString(),
    current,
    brokeSilence,
  };
}


/** Who recorded it: the delegate, or a member of the mission on the party's behalf (shown so in each reader's language). */
function recorder(ctx: RequestContext) {
  const v = ctx.viewer;
  if (!v) return { id: null, label: ctx.system ?? 'system', byMission: true };
  return { id: v.id, label: v.displayName, byMission: v.role !== 'delegate' };
}

/**
 * `PUT /api/consultations/{id}/positions`. An objection or amendment while a
 * silence procedure runs breaks it at once; on a consensus consultation the
 * position that completes consent adopts the text at once. `now` is the
 * instant the position is taken at (tests set it; otherwise the clock).
 */
export async function setPosition(deps: Deps, ctx: RequestContext, id: string, input: Input, now = new Date()): Promise<Position> {
  return deps.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, id);
    const partyCode = positionPartyFor(ctx, c, input.partyCode);
    assertOpen(c);
    const procedure = await runningProcedure(tx, c.id);
    if (!acceptsPositions(c, procedure, now)) {
      const end = closesAt(c, procedure)!;
      throw positionsClosed(end, procedure?.timeZone ?? c.timeZone);
    }
    const version = input.versionId ? await circulatedVersion(tx, c.id, input.versionId) : await latestCirculatedVersion(tx, c.id);
    if (!version) throw positionUnknownVersion();
    const by = recorder(ctx);
    const [row] = await tx
      .insert(consultationPositions)
      .values({
        consultationId: c.id,
        versionId: version.id,
        partyCode,
        kind: input.kind,
        reservationKind: input.kind === 'reservation' ? (input.reservationKind ?? null) : null,
        text: input.text,
        procedureId: procedure?.id ?? null,
        recordedBy: by.id,
        recordedByLabel: by.label,
        recordedByMission: by.byMission,
        recordedAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'consultation_position.create', recordType: 'consultation_position', recordId: row.id, changes: diff(null, row, FIELDS) });
    const name = (await partyNames(tx, ctx, [partyCode])).get(partyCode);
    await notify(tx, {
      kind: POSITION_RECORDED.kind,
      recordType: 'consultation',
      recordId: c.id,
      access: c,
      params: { title: c.title, titleRu: c.titleRu, party: name?.en ?? partyCode, partyRu: name?.ru ?? null, kind: input.kind, text: input.text?.slice(0, 500) ?? null, by: row.recordedByLabel, byMission: row.recordedByMission ? 'yes' : null },
      recipients: c.chairUserIds.filter((u) => u !== by.id),
    });
    const breaks = !!procedure && (SILENCE_BREAKING as readonly string[]).includes(input.kind);
    if (breaks) await breakSilence(tx, ctx, c, procedure, row, now);
    else if (c.method === 'consensus' && consensusReached(c.sharedParties, await currentPositions(tx, systemContext(OUTCOME_CONTEXT), c))) {
      await adopt(tx, c, { at: now, procedure: null });
    }
    return toPositionDto(row, version.number, true, breaks);
  });
}

/** `GET /api/consultations/{id}/positions`: one row per party on the list, and the history the viewer may see. */
export async function getPositions(deps: Deps, ctx: RequestContext, id: string) {
  const c = await visibleConsultation(deps.db, ctx, id);
  const [current, history, latest] = [await currentPositions(deps.db, ctx, c), await positionHistory(deps.db, ctx, c), await latestCirculatedVersion(deps.db, c.id)];
  const acks = latest ? await acknowledgements(deps.db, ctx, c, latest.id) : [];
  const ackAt = new Map(acks.map((a) => [a.ack.partyCode, a.ack.at]));
  const numberOf = new Map(history.map((h) => [h.position.versionId, h.versionNumber]));
  const broke = new Set(history.filter((h) => h.brokeProcedureId).map((h) => h.position.id));
  return {
    parties: c.sharedParties.map((partyCode) => {
      const hidden = !partyParts.may(ctx, c.positionsVisibility, partyCode);
      const row = hidden ? undefined : current.get(partyCode);
      return {
        partyCode,
        hidden,
        current: row ? toPositionDto(row, numberOf.get(row.versionId) ?? 0, true, broke.has(row.id)) : null,
        acknowledgedAt: hidden ? null : (ackAt.get(partyCode)?.toISOString() ?? null),
      };
    }),
    history: history.map((h) => toPositionDto(h.position, h.versionNumber, current.get(h.position.partyCode)?.id === h.position.id, !!h.brokeProcedureId)),
  };
}
