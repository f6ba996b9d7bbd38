// Loads the demo consultations through the use cases, as the staff and delegates who would have written them.
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema/accounts.table.ts';
import { zonedInstant } from '../../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { findBodyRef } from '../../meetings/meetings.api.ts';
import { acknowledgeVersion } from '../acknowledgements.usecases.ts';
import { addComment } from '../comments.usecases.ts';
import { createConsultation } from '../consultations.usecases.ts';
import { setPosition } from '../positions.usecases.ts';
import { actOnSilence } from '../silence.usecases.ts';
import { circulateVersion, createVersion, listVersions } from '../versions.usecases.ts';
import { type DemoConsultation, demoConsultations } from './consultations.data.ts';

const ZONE = 'Asia/Jakarta';

/** `days` from now, at `hour`:00 in Jakarta. */
function daysAhead(now: Date, days: number, hour: number) {
  const d = new Date(now.getTime() + days * 86_400_000);
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d).split('-').map(Number);
  return zonedInstant({ year, month, day, hour, minute: 0, second: 0 }, ZONE);
}

/**
 * Loads the demo consultations through the same use cases the API calls
 * (validated, audited, indexed, notified, with their jobs scheduled). Runs
 * after the meetings demo, whose bodies it names, and the demo accounts.
 */
export async function seedConsultations(deps: Deps, keys: { bodyIds: Map<string, string>; consultationIds?: Map<string, string> }, now = new Date()) {
  // The mission's desk officer keeps them, and records positions given by note verbale on each delegation's behalf.
  const staff = await userContext(deps, 'staff@chancery.test');
  for (const d of demoConsultations) keys.consultationIds?.set(d.key, await seedOne(deps, staff, d, keys, now));
}

async function seedOne(deps: Deps, ctx: RequestContext, d: DemoConsultation, keys: { bodyIds: Map<string, string> }, now: Date): Promise<string> {
  const bodyId = keys.bodyIds.get(d.bodyKey);
  if (!bodyId) throw new Error(`Demo consultation ${d.key} refers to unknown body "${d.bodyKey}"`);
  const body = await findBodyRef(deps.db, ctx, bodyId);
  const [first, ...rest] = d.versions;
  const created = await createConsultation(deps, ctx, {
    bodyId,
    title: d.title,
    titleRu: d.titleRu ?? null,
    reference: d.reference,
    method: d.method,
    distribution: { parties: body?.memberParties ?? [], organizations: [] },
    deadline: d.deadlineDays !== undefined ? daysAhead(now, d.deadlineDays, 17).toISOString() : null,
    timeZone: ZONE,
    positionsVisibility: d.positionsVisibility ?? 'distribution',
    chairUserIds: [],
    content: first.content,
    provenance: 'INVENTED',
  });
  const id = created.id;
  const circulate = d.circulate !== false;
  let versionId = created.currentVersion?.id ?? null;
  if (circulate && !first.draft) versionId = (await circulateAll(deps, ctx, id)) ?? versionId;
  for (const v of rest) {
    const version = await createVersion(deps, ctx, id, { content: v.content, note: v.note ?? null });
    if (circulate && !v.draft) {
      await circulateVersion(deps, ctx, id, version.id);
      versionId = version.id;
    }
  }
  if (!circulate) return id;
  if (d.silenceDays !== undefined) {
    await actOnSilence(deps, ctx, id, { action: 'launch', versionId: versionId ?? undefined, expiresAt: daysAhead(now, d.silenceDays, 12).toISOString(), timeZone: ZONE });
  }
  for (const email of d.acknowledgedBy ?? []) {
    if (versionId) await acknowledgeVersion(deps, await userContext(deps, email), id, versionId);
  }
  for (const pos of d.positions ?? []) {
    await setPosition(deps, ctx, id, { kind: pos.kind, reservationKind: pos.reservationKind ?? null, text: pos.text ?? null, partyCode: pos.party }, now);
  }
  for (const c of d.comments ?? []) await addComment(deps, ctx, id, { body: c.body, missionOnly: c.missionOnly ?? false, mentions: [], versionId: null });
  return id;
}

/** A demo account acting as itself. */
async function userContext(deps: Deps, email: string): Promise<RequestContext> {
  const [u] = await deps.db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!u) throw new Error(`Demo consultations refer to unknown account ${email}`);
  return {
    viewer: { id: u.id, email: u.email, displayName: u.displayName, role: u.role, language: u.language, partyCode: u.partyCode, organizationId: u.organizationId },
    requestId: null,
    ip: null,
  };
}

/** Circulates version 1 and returns its id. */
async function circulateAll(deps: Deps, ctx: RequestContext, id: string) {
  const { items } = await listVersions(deps, ctx, id);
  const draft = items.find((v) => !v.circulatedAt);
  if (!draft) return null;
  await circulateVersion(deps, ctx, id, draft.id);
  return draft.id;
}

/** The consultations' part of the demo dataset: runs after the meetings, whose bodies it names. */
export const seedConsultationsDemo = (deps: Deps, _ctx: RequestContext, keys: DemoKeys) => seedConsultations(deps, { bodyIds: keys.of('body'), consultationIds: keys.of('consultation') });
