// Who may see and do what on a consultation and its parts: each visibility rule as an SQL predicate and the same rule in memory.
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/common.ts';
import type { POSITIONS_VISIBILITY } from '../../../shared/consultations.ts';
import { consultationComments, consultationVersions } from '../../db/schema/consultations.table.ts';
import { can, isMission, ownPartyOnly, type ResourcePolicy } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import {
  consultationNotFound,
  consultationWriteForbidden,
  positionNotAParty,
  positionOwnPartyOnly,
  positionPartyNotListed,
  positionPartyRequired,
} from './consultations.errors.ts';
import type { ConsultationRow } from './consultations.rules.ts';

/**
 * Consultations are kept by the mission: delegations on the distribution list
 * read them, set their own party's position and write in the thread, but do
 * not edit the consultation or its versions. Whether a user sees the
 * consultation at all is the platform's `visibleTo` / `canSee` on it; the
 * rules below are for its parts, once it is visible. Each `sql` and `may`
 * pair is one rule, and `test/consultations-policy.test.ts` proves they agree.
 */
export const consultationResource: ResourcePolicy = { type: 'consultation', externalContributors: false };

/** The mission's own people and trusted system work. */
type PositionsVisibility = (typeof POSITIONS_VISIBILITY)[number];

const ofMission = (ctx: RequestContext) => ctx.system !== undefined || isMission(ctx.viewer?.role);

/**
 * A party's positions and acknowledgements: everyone who sees the
 * consultation when its positions are shown to the distribution list; under
 * mission-only visibility, the mission and that party's delegates (liaison
 * officers none).
 */
export const partyParts = {
  /** `visibility`: the consultation's `positions_visibility` column (in a join) or its value. */
  sql: (ctx: RequestContext, visibility: AnyColumn | PositionsVisibility, partyColumn: AnyColumn): SQL =>
    sql`(${visibility} = 'distribution' or ${ownPartyOnly(ctx, partyColumn)})`,
  may: (ctx: RequestContext, visibility: PositionsVisibility, partyCode: string): boolean =>
    visibility === 'distribution' || ofMission(ctx) || (ctx.viewer?.role === 'delegate' && ctx.viewer.partyCode === partyCode),
};

/** Versions: the mission sees every version; everyone else only the circulated ones. */
export const versionParts = {
  sql: (ctx: RequestContext): SQL => (ofMission(ctx) ? sql`true` : sql`${consultationVersions.circulatedAt} is not null`),
  may: (ctx: RequestContext, v: { circulatedAt: Date | null }): boolean => ofMission(ctx) || v.circulatedAt !== null,
};

/**
 * The thread: a mission-only note is the mission's, and a comment on a
 * version not yet circulated is as hidden as that version.
 */
export const threadParts = {
  sql: (ctx: RequestContext): SQL => {
    if (ofMission(ctx)) return sql`true`;
    return sql`(not ${consultationComments.missionOnly} and (${consultationComments.versionId} is null or exists (select 1 from ${consultationVersions} where ${consultationVersions.id} = ${consultationComments.versionId} and ${consultationVersions.circulatedAt} is not null)))`;
  },
  /** `versionCirculated`: null for a comment on the whole consultation. */
  may: (ctx: RequestContext, c: { missionOnly: boolean; versionCirculated: boolean | null }): boolean =>
    ofMission(ctx) || (!c.missionOnly && c.versionCirculated !== false),
};

/** May `ctx` change the consultation itself and its versions, and chair it (the mission, on a record it may write)? */
export const mayManage = (ctx: RequestContext, c: ConsultationRow) => ofMission(ctx) && can(ctx, 'update', consultationResource, c);

/**
 * Whom `ctx` may mention (and so learn of) on this consultation, among those
 * who may see the comment: under mission-only positions the delegations do
 * not meet each other there, so a delegate or liaison officer may address the
 * mission and their own delegation or organisation only; otherwise anyone who
 * sees the comment.
 */
export const mayMention = (
  ctx: RequestContext,
  c: { positionsVisibility: PositionsVisibility },
  u: { role: Role; partyCode: string | null; organizationId: string | null },
): boolean => {
  if (c.positionsVisibility === 'distribution' || ofMission(ctx) || isMission(u.role)) return true;
  const v = ctx.viewer;
  if (v?.role === 'delegate') return u.role === 'delegate' && u.partyCode === v.partyCode;
  if (v?.role === 'liaison') return u.role === 'liaison' && u.organizationId === v.organizationId;
  return false;
};

/** May `ctx` write a mission-only note? */
export const mayWriteMissionNote = (ctx: RequestContext) => ofMission(ctx);

/**
 * Whose position `ctx` is setting, or why they may not: a delegate their own
 * party's only; the mission any party on the list (on its behalf, e.g. from a
 * note verbale); liaison officers none (organisations take part in the
 * thread, not in the decision).
 */
export function positionPartyFor(ctx: RequestContext, c: ConsultationRow, requested: string | undefined): string {
  const v = ctx.viewer;
  if (v?.role === 'delegate') {
    // A delegate whose party is not on the list cannot see the consultation at all.
    if (!v.partyCode || !c.sharedParties.includes(v.partyCode)) throw consultationNotFound();
    if (requested && requested !== v.partyCode) throw positionOwnPartyOnly();
    return v.partyCode;
  }
  if (!ofMission(ctx)) throw positionNotAParty();
  if (!can(ctx, 'update', consultationResource, c)) throw consultationWriteForbidden();
  if (!requested) throw positionPartyRequired();
  if (!c.sharedParties.includes(requested)) throw positionPartyNotListed();
  return requested;
}

/** What the consultation's state allows, for its abilities. */
export type ConsultationState = { live: boolean; decided: boolean; silenceRunning: boolean; hasDraftVersion: boolean };

/** The abilities sent with a consultation, so the UI offers only the acts that work; derived from the rules above. */
export function consultationAbilities(ctx: RequestContext, c: ConsultationRow, s: ConsultationState) {
  const manages = mayManage(ctx, c);
  return {
    circulate: manages && s.live && !s.decided && !s.silenceRunning && s.hasDraftVersion,
    launchSilence: manages && s.live && c.method === 'silence' && c.status === 'open' && !s.silenceRunning,
    manageSilence: manages && s.silenceRunning,
    withdraw: manages && !s.decided,
    comment: (ctx.viewer !== null || ctx.system !== undefined) && s.live,
    missionNote: mayWriteMissionNote(ctx),
  };
}
