// Who may be mentioned in a comment: only people who can see the part of the thread written and whom the writer may address.
import { and, asc, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { type ClassifiedRecord, canSee } from '../../platform/access/policy.ts';
import type { Viewer } from '../../platform/context.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { mentionNotAllowed, unknownVersionRef } from './consultations.errors.ts';
import { mayMention } from './consultations.policy.ts';
import { findVersion, visibleConsultation } from './consultations.repository.ts';
import type { ConsultationRow } from './consultations.rules.ts';

/** Who may see a mission-only note (and anything else kept to the mission). */
export const MISSION_ACCESS: ClassifiedRecord = { classification: 'mission', sharedParties: [], sharedOrganizations: [], restrictedTo: [] };

/**
 * Enabled accounts that may see something with `access` on this consultation:
 * the mission's people, the delegates of the parties on the list and the
 * liaison officers of the organisations on it, as the access policy allows.
 */
async function mayBeMentioned(db: Executor, ctx: RequestContext, c: ConsultationRow, access: ClassifiedRecord) {
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, partyCode: users.partyCode, organizationId: users.organizationId, email: users.email, language: users.language })
    .from(users)
    .where(
      and(
        isNull(users.disabledAt),
        or(
          sql`${users.role} in ('admin','head','staff')`,
          c.sharedParties.length ? and(sql`${users.role} = 'delegate'`, inArray(users.partyCode, c.sharedParties)) : undefined,
          c.sharedOrganizations.length ? and(sql`${users.role} = 'liaison'`, inArray(users.organizationId, c.sharedOrganizations)) : undefined,
        ),
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
  return rows.filter((u) => canSee({ viewer: u as Viewer, requestId: null, ip: null }, access) && mayMention(ctx, c, u));
}

/**
 * Who may see the part of the thread being written: a mission-only note, or
 * a comment on a version not yet circulated, is the mission's; any other
 * comment is seen by everyone who sees the consultation.
 */
export function threadPartAccess(c: ConsultationRow, part: { missionOnly?: boolean; version?: { circulatedAt: Date | null } | null }): ClassifiedRecord {
  return part.missionOnly || (part.version && !part.version.circulatedAt) ? MISSION_ACCESS : c;
}

/** Every mentioned user must be able to see the comment; any other (or unknown) id is refused alike. */
export async function checkMentions(db: Executor, ctx: RequestContext, c: ConsultationRow, access: ClassifiedRecord, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return wanted;
  const allowed = new Set((await mayBeMentioned(db, ctx, c, access)).map((u) => u.id));
  if (wanted.some((id) => !allowed.has(id))) throw mentionNotAllowed();
  return wanted;
}

/**
 * People the viewer may mention in the part of the thread they are writing
 * (a mission-only note, a comment on one version, or on the whole
 * consultation): those who may see it and whom the viewer may address.
 */
export async function listMentionable(deps: Deps, ctx: RequestContext, id: string, opts: { missionOnly?: boolean; versionId?: string } = {}) {
  const c = await visibleConsultation(deps.db, ctx, id);
  const version = opts.versionId ? await findVersion(deps.db, ctx, id, opts.versionId) : null;
  if (opts.versionId && !version) throw unknownVersionRef();
  const people = await mayBeMentioned(deps.db, ctx, c, threadPartAccess(c, { missionOnly: opts.missionOnly, version }));
  return { items: people.map((u) => ({ id: u.id, displayName: u.displayName, partyCode: u.role === 'delegate' ? u.partyCode : null })) };
}
