// A consultation's timeline: versions, procedures, positions and the outcome in order, as far as the viewer may see.
import { and, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { timelineSchema } from '../../../shared/consultations.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { auditLog } from '../../db/schema/audit.table.ts';
import type { Executor } from '../../db/client.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { visibleConsultation } from './consultations.repository.ts';
import { isDecided } from './consultations.rules.ts';
import { acknowledgements, positionHistory, proceduresOf, versionsOf } from './positions.repository.ts';
import type { OutcomeFacts } from '../../../shared/consultations.ts';
import { partyRefs } from '../directory/directory.api.ts';
import { outcomeNote, partiesOf, type PartyNames } from './consultations.texts.ts';

type Item = z.infer<typeof timelineSchema>['items'][number];
type Detail = Item['detail'];

/**
 * `GET /api/consultations/{id}/timeline`: what happened to the consultation,
 * oldest first — creation, each circulation, acknowledgements and positions
 * (as far as the viewer may see them), the silence procedures' launch,
 * extensions, withdrawal or breaking, and the outcome.
 */
export async function getTimeline(deps: Deps, ctx: RequestContext, id: string) {
  const { db } = deps;
  const c = await visibleConsultation(db, ctx, id);
  const versions = await versionsOf(db, c.id);
  const acks = await acknowledgements(db, ctx, c);
  const positions = await positionHistory(db, ctx, c);
  const procedures = await proceduresOf(db, c.id);
  // Withdrawals keep no actor on the record itself; the audit trail has it.
  const withdrawals = await db
    .select({ recordId: auditLog.recordId, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(inArray(auditLog.action, ['silence_procedure.withdraw', 'consultation.withdrawn']), inArray(auditLog.recordId, [c.id, ...procedures.map((p) => p.id)])));
  const withdrawnBy = new Map(withdrawals.map((w) => [w.recordId, w.actorId]));
  const userIds = [
    c.createdBy,
    ...versions.map((v) => v.circulatedBy),
    ...procedures.flatMap((p) => [p.launchedBy, ...p.deadlines.map((d) => d.changedBy)]),
    ...withdrawals.map((w) => w.actorId),
  ].filter((u): u is string => !!u);
  const names = new Map(
    userIds.length ? (await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...new Set(userIds)]))).map((u) => [u.id, u.name]) : [],
  );
  const label = (userId: string | null | undefined) => (userId ? (names.get(userId) ?? null) : null);
  const numberOf = new Map(versions.map((v) => [v.id, v.number]));

  const items: Item[] = [];
  const add = (at: Date | string, kind: Item['kind'], detail: Detail = {}, partyCode: string | null = null, actorLabel: string | null = null) =>
    items.push({ at: typeof at === 'string' ? at : at.toISOString(), kind, partyCode, actorLabel, detail });

  add(c.createdAt, 'created', { title: c.title }, null, label(c.createdBy));
  for (const v of versions) if (v.circulatedAt) add(v.circulatedAt, 'circulated', { version: v.number }, null, label(v.circulatedBy));
  for (const a of acks) add(a.ack.at, 'acknowledged', { version: a.versionNumber }, a.ack.partyCode, a.ack.userLabel);
  for (const { position: p, versionNumber, brokeProcedureId } of positions) {
    add(p.recordedAt, 'position', { kind: p.kind, version: versionNumber, reservationKind: p.reservationKind, brokeSilence: brokeProcedureId ? 'yes' : null, byMission: p.recordedByMission ? 'yes' : null }, p.partyCode, p.recordedByLabel);
  }
  for (const p of procedures) {
    const version = numberOf.get(p.versionId) ?? null;
    const firstExpiry = p.deadlines[0]?.expiresAt ?? p.expiresAt.toISOString();
    add(p.launchedAt, 'silence_launched', { version, expiresAt: firstExpiry, timeZone: p.timeZone }, null, label(p.launchedBy));
    p.deadlines.forEach((d, i) => {
      const to = p.deadlines[i + 1]?.expiresAt ?? p.expiresAt.toISOString();
      add(d.changedAt, 'silence_extended', { from: d.expiresAt, to, timeZone: p.timeZone, reason: d.reason }, null, label(d.changedBy));
    });
    if (p.status === 'withdrawn' && p.outcomeAt) add(p.outcomeAt, 'silence_withdrawn', { version, reason: p.withdrawnReason }, null, label(withdrawnBy.get(p.id)));
    if (p.status === 'broken' && p.outcomeAt) add(p.outcomeAt, 'silence_broken', { version }, p.brokenByParty, null);
  }
  if (isDecided(c) && c.outcomeAt) {
    add(c.outcomeAt, c.status as Item['kind'], { note: c.outcome ? outcomeNote(c.outcome, ctx.viewer?.language ?? 'en', await outcomePartyNames(db, ctx, c.outcome)) : null, decisionCode: c.decisionCode, version: c.outcomeVersionId ? (numberOf.get(c.outcomeVersionId) ?? null) : null }, null, c.status === 'withdrawn' ? label(withdrawnBy.get(c.id)) : null);
  }
  // Stable: entries at the same instant keep the order above (a break before the outcome it causes).
  return { items: items.map((item, i) => ({ item, i })).sort((a, b) => a.item.at.localeCompare(b.item.at) || a.i - b.i).map((x) => x.item) };
}

/** The names of the parties an outcome names, as far as `ctx` may see them. */
async function outcomePartyNames(db: Executor, ctx: RequestContext, f: OutcomeFacts): Promise<PartyNames> {
  const refs = await partyRefs(db, ctx, partiesOf(f));
  return new Map([...refs].map(([code, r]) => [code, r.names]));
}
