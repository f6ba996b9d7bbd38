// The chair's acts on a silence procedure (launch, extend, withdraw) and a delegation breaking silence.
import { syncConsultationCalendar } from './consultations.calendar.ts';
import { eq } from 'drizzle-orm';
import type { OutcomeFacts } from '../../../shared/consultations.ts';
import type { z } from 'zod';
import type { silenceActionSchema } from '../../../shared/consultations.ts';
import type { Tx } from '../../db/client.ts';
import { consultations, silenceProcedures } from '../../db/schema/consultations.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { resolveTimeZone } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { keepJob } from '../../platform/jobs/jobs.ts';
import {
  consultationArchived,
  consultationDecided,
  expiryInPast,
  expiryNotLater,
  notOpen,
  silenceAlreadyRunning,
  silenceExpired,
  silenceNotRunning,
  silenceUnknownTimeZone,
  silenceUnknownVersion,
  silenceWrongMethod,
} from './consultations.errors.ts';
import { lockForManaging } from './consultations.repository.ts';
import { getConsultation } from './consultations.usecases.ts';
import type { ConsultationRow, SilenceRow } from './consultations.rules.ts';
import { keepReminder, SILENCE_EXPIRY_JOB, silenceExpiryKey, silenceReminderKey } from './deadline.jobs.ts';
import { endProcedure, recordOutcome } from './outcome.ts';
import { circulatedVersion, latestCirculatedVersion, type PositionRow, runningProcedure } from './positions.repository.ts';
import { notifyDistribution, partyNames, plainExcerpt, SILENCE_BROKEN, SILENCE_EXTENDED, SILENCE_LAUNCHED, SILENCE_WITHDRAWN } from './silence.notifications.ts';

/**
 * The chair's three acts on a silence procedure — launch, extend, withdraw —
 * and its breaking by a delegation. Each runs in one transaction holding the
 * consultation's row lock, so they and the expiry job are decided one after
 * the other.
 */
type Action = z.output<typeof silenceActionSchema>;
const FIELDS = ['versionId', 'expiresAt', 'timeZone', 'status', 'deadlines', 'withdrawnReason'] as const;

/** 409 unless the consultation is open (decided or still a draft). */
export function assertOpen(c: ConsultationRow) {
  if (c.status === 'open') return;
  throw c.status === 'draft' ? notOpen() : consultationDecided(c.status);
}

async function touch(tx: Tx, c: ConsultationRow, now: Date) {
  await tx.update(consultations).set({ updatedAt: now }).where(eq(consultations.id, c.id));
  await syncConsultationCalendar(tx, c.id);
}

/** Keeps the expiry job and the 24-hour reminder at the procedure's expiry. */
async function scheduleProcedureJobs(tx: Tx, p: SilenceRow, now: Date) {
  const payload = { consultationId: p.consultationId, procedureId: p.id };
  await keepJob(tx, { kind: SILENCE_EXPIRY_JOB, key: silenceExpiryKey(p.id), runAt: p.expiresAt, payload });
  await keepReminder(tx, silenceReminderKey(p.id), p.expiresAt, { ...payload, closesAt: p.expiresAt.toISOString() }, now);
}

function futureExpiry(expiresAt: string, now: Date, after?: Date) {
  const at = new Date(expiresAt);
  if (at <= now) throw expiryInPast();
  if (after && at <= after) throw expiryNotLater(after);
  return at;
}

async function launch(tx: Tx, ctx: RequestContext, c: ConsultationRow, input: Extract<Action, { action: 'launch' }>, now: Date) {
  if (c.archivedAt) throw consultationArchived();
  if (c.method !== 'silence') throw silenceWrongMethod();
  assertOpen(c);
  if (await runningProcedure(tx, c.id)) throw silenceAlreadyRunning();
  const zone = resolveTimeZone(input.timeZone);
  if (!zone) throw silenceUnknownTimeZone();
  const expiresAt = futureExpiry(input.expiresAt, now);
  const version = input.versionId ? await circulatedVersion(tx, c.id, input.versionId) : await latestCirculatedVersion(tx, c.id);
  if (!version) throw silenceUnknownVersion();
  const [p] = await tx
    .insert(silenceProcedures)
    .values({ consultationId: c.id, versionId: version.id, expiresAt, timeZone: zone, status: 'running', launchedBy: ctx.viewer?.id ?? null, launchedAt: now })
    .returning();
  await scheduleProcedureJobs(tx, p, now);
  await touch(tx, c, now);
  await recordAudit(tx, ctx, { action: 'silence_procedure.launch', recordType: 'silence_procedure', recordId: p.id, changes: { consultationId: { after: c.id }, ...diff(null, p, FIELDS) } });
  await notifyDistribution(tx, ctx, c, SILENCE_LAUNCHED.kind, { at: expiresAt.toISOString(), version: version.number, excerpt: plainExcerpt(version.content) }, zone);
  return p;
}

async function running(tx: Tx, c: ConsultationRow, now: Date) {
  const p = await runningProcedure(tx, c.id);
  if (!p) throw silenceNotRunning();
  if (p.expiresAt <= now) throw silenceExpired(p.expiresAt, p.timeZone);
  return p;
}

async function extend(tx: Tx, ctx: RequestContext, c: ConsultationRow, input: Extract<Action, { action: 'extend' }>, now: Date) {
  const p = await running(tx, c, now);
  const expiresAt = futureExpiry(input.expiresAt, now, p.expiresAt);
  const deadlines = [...p.deadlines, { expiresAt: p.expiresAt.toISOString(), changedAt: now.toISOString(), changedBy: ctx.viewer?.id ?? null, reason: input.reason ?? null }];
  const [after] = await tx.update(silenceProcedures).set({ expiresAt, deadlines }).where(eq(silenceProcedures.id, p.id)).returning();
  await scheduleProcedureJobs(tx, after, now);
  await touch(tx, c, now);
  await recordAudit(tx, ctx, { action: 'silence_procedure.extend', recordType: 'silence_procedure', recordId: p.id, changes: diff(p, after, ['expiresAt']) });
  await notifyDistribution(tx, ctx, c, SILENCE_EXTENDED.kind, { at: expiresAt.toISOString(), previous: p.expiresAt.toISOString(), reason: input.reason ?? null }, after.timeZone);
  return after;
}

async function withdraw(tx: Tx, ctx: RequestContext, c: ConsultationRow, input: Extract<Action, { action: 'withdraw' }>, now: Date) {
  const p = await running(tx, c, now);
  const after = await withdrawProcedure(tx, ctx, p, input.reason ?? null, now);
  await touch(tx, c, now);
  await notifyDistribution(tx, ctx, c, SILENCE_WITHDRAWN.kind, { at: now.toISOString(), reason: input.reason ?? null }, p.timeZone);
  return after;
}

/** Withdraws a running procedure: the consultation itself stays as it is. */
export const withdrawProcedure = (tx: Tx, ctx: RequestContext, p: SilenceRow, reason: string | null, now: Date) =>
  endProcedure(tx, ctx, p, { status: 'withdrawn', withdrawnReason: reason, outcomeAt: now }, 'withdraw');

/** `POST /api/consultations/{id}/silence`: launch, extend or withdraw; answers the consultation with its procedure. */
export async function actOnSilence(deps: Deps, ctx: RequestContext, id: string, input: Action, now = new Date()) {
  await deps.db.transaction(async (tx) => {
    const c = await lockForManaging(tx, ctx, id);
    if (input.action === 'launch') return launch(tx, ctx, c, input, now);
    if (input.action === 'extend') return extend(tx, ctx, c, input, now);
    return withdraw(tx, ctx, c, input, now);
  });
  return getConsultation(deps, ctx, id);
}

/**
 * A delegation broke silence (objection or amendment) before the expiry:
 * the procedure ends at once and the text is not adopted.
 */
export async function breakSilence(tx: Tx, ctx: RequestContext, c: ConsultationRow, p: SilenceRow, position: PositionRow, now: Date) {
  const name = (await partyNames(tx, ctx, [position.partyCode])).get(position.partyCode);
  await endProcedure(tx, ctx, p, { status: 'broken', brokenByParty: position.partyCode, brokenByPositionId: position.id, outcomeAt: now }, 'break');
  const facts: OutcomeFacts = { kind: 'silence_broken', at: now.toISOString(), zone: p.timeZone, party: position.partyCode, positionKind: position.kind as 'objection' | 'amendment' };
  // The outcome is a written notice to every delegation on the list, the one that broke silence included.
  return recordOutcome(tx, c, { status: 'not_adopted', at: now, facts, versionId: p.versionId }, p.timeZone, {
    kind: SILENCE_BROKEN.kind,
    params: { at: now.toISOString(), party: name?.en ?? position.partyCode, partyRu: name?.ru ?? null, kind: position.kind },
  });
}
