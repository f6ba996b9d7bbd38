// How a consultation is decided: recording its outcome facts, adopting the text into the decisions register, ending procedures.
import { syncConsultationCalendar } from './consultations.calendar.ts';
import { eq } from 'drizzle-orm';
import type { OutcomeFacts } from '../../../shared/consultations.ts';
import type { Tx } from '../../db/client.ts';
import { consultations, silenceProcedures } from '../../db/schema/consultations.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { type RequestContext, systemContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordExternalDecision } from '../meetings/meetings.api.ts';
import { dropJob } from '../../platform/jobs/jobs.ts';
import type { ConsultationRow, SilenceRow } from './consultations.rules.ts';
import { OUTCOME_CONTEXT, silenceExpiryKey, silenceReminderKey, syncDeadlineJobs } from './deadline.jobs.ts';
import { currentPositions, latestCirculatedVersion } from './positions.repository.ts';
import { partiesOf } from './consultations.texts.ts';
import { CONSULTATION_OUTCOME, notifyDistribution, partyNames } from './silence.notifications.ts';

/**
 * How a consultation is decided: adopted (silence unbroken at expiry, or
 * consensus), not adopted, lapsed or closed. Each runs inside the transaction
 * that holds the consultation's row lock and has just seen it `open`, so an
 * outcome is recorded exactly once however many processes or positions race
 * for it. Outcomes are recorded by the system, not by whoever triggered them.
 */
const FIELDS = ['status', 'outcomeAt', 'outcome', 'outcomeVersionId', 'decisionId', 'decisionCode'] as const;
const PROCEDURE_FIELDS = ['status', 'outcomeAt', 'brokenByParty', 'brokenByPositionId', 'withdrawnReason'] as const;

/** Cancels a procedure's expiry job and its reminder. */
export async function cancelProcedureJobs(tx: Tx, procedureId: string) {
  await dropJob(tx, silenceExpiryKey(procedureId));
  await dropJob(tx, silenceReminderKey(procedureId));
}

/** Ends a running procedure (adopted, broken or withdrawn), with its audit entry. */
export async function endProcedure(tx: Tx, ctx: RequestContext, p: SilenceRow, set: Partial<SilenceRow>, action: string) {
  const [after] = await tx.update(silenceProcedures).set(set).where(eq(silenceProcedures.id, p.id)).returning();
  await cancelProcedureJobs(tx, p.id);
  await recordAudit(tx, ctx, { action: `silence_procedure.${action}`, recordType: 'silence_procedure', recordId: p.id, changes: diff(p, after, PROCEDURE_FIELDS) });
  return after;
}

/** The reservations held when the text is adopted, as facts; with the parties' names in both languages for the register. */
async function reservationsHeld(tx: Tx, c: ConsultationRow) {
  const current = await currentPositions(tx, systemContext(OUTCOME_CONTEXT), c);
  const held = c.sharedParties.flatMap((p) => {
    const r = current.get(p);
    return r?.kind === 'reservation' ? [{ party: p, reservationKind: r.reservationKind ?? null, text: r.text ?? null }] : [];
  });
  const names = await partyNames(tx, systemContext(OUTCOME_CONTEXT), held.map((r) => r.party));
  return { held, names };
}

type Outcome = { status: 'adopted' | 'not_adopted' | 'lapsed' | 'closed'; at: Date; facts: OutcomeFacts; versionId: string | null; decisionId?: string | null; decisionCode?: string | null };
type Notice = {
  /** Who triggered it (not told of their own act); the system by default. */
  actor?: RequestContext;
  /** A more telling notification than the plain outcome (e.g. silence broken by a party). */
  kind?: string;
  params?: Record<string, string | number | null>;
};

/** Records the outcome on the consultation, clears its deadline jobs, audits and tells everyone on the list and the mission's followers. */
export async function recordOutcome(tx: Tx, c: ConsultationRow, o: Outcome, zone: string, notice: Notice = {}) {
  const ctx = systemContext(OUTCOME_CONTEXT);
  const [after] = await tx
    .update(consultations)
    .set({
      status: o.status,
      outcomeAt: o.at,
      outcome: o.facts,
      outcomeVersionId: o.versionId,
      decisionId: o.decisionId ?? null,
      decisionCode: o.decisionCode ?? null,
      updatedAt: new Date(),
    })
    .where(eq(consultations.id, c.id))
    .returning();
  await syncDeadlineJobs(tx, after);
  await syncConsultationCalendar(tx, after.id);
  await recordAudit(tx, ctx, { action: `consultation.${o.status}`, recordType: 'consultation', recordId: c.id, changes: diff(c, after, FIELDS) });
  // The facts travel with the notice, with the names of the parties they name, so each reader gets them in their language.
  const names = await partyNames(tx, ctx, partiesOf(o.facts));
  const params = notice.params ?? { at: o.at.toISOString(), outcome: o.status, facts: JSON.stringify(o.facts), names: JSON.stringify(Object.fromEntries(names)), decisionCode: o.decisionCode ?? null };
  await notifyDistribution(tx, notice.actor ?? ctx, after, notice.kind ?? CONSULTATION_OUTCOME.kind, params, zone);
  return after;
}

/**
 * Adopts the text: numbers a decision in the body's register (when the body
 * has a meeting to record it under; otherwise the note says so), lists the
 * reservations attached to it, and ends the procedure if there is one.
 */
export async function adopt(tx: Tx, c: ConsultationRow, opts: { at: Date; procedure: SilenceRow | null }) {
  const ctx = systemContext(OUTCOME_CONTEXT);
  const versionId = opts.procedure?.versionId ?? (await latestCirculatedVersion(tx, c.id))?.id ?? null;
  const zone = opts.procedure?.timeZone ?? c.timeZone;
  const how = opts.procedure ? 'silence' : 'consensus';
  const { held, names } = await reservationsHeld(tx, c);
  let decision: { id: string; code: string } | null = null;
  try {
    decision = await recordExternalDecision(tx, ctx, {
      bodyId: c.bodyId,
      adoption: {
        how,
        at: opts.at.toISOString(),
        zone,
        title: c.title,
        titleRu: c.titleRu,
        reference: c.reference,
        reservations: held.map((r) => ({ ...r, partyName: names.get(r.party)?.en ?? r.party, partyNameRu: names.get(r.party)?.ru ?? null })),
      },
      source: { recordType: 'consultation', recordId: c.id },
    });
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'decision.no_meeting')) throw e;
  }
  const facts: OutcomeFacts = { kind: 'adopted', how, at: opts.at.toISOString(), zone, reservations: held, decisionCode: decision?.code ?? null };
  if (opts.procedure) await endProcedure(tx, ctx, opts.procedure, { status: 'adopted', outcomeAt: opts.at }, 'adopt');
  return recordOutcome(tx, c, { status: 'adopted', at: opts.at, facts, versionId, decisionId: decision?.id ?? null, decisionCode: decision?.code ?? null }, zone);
}
