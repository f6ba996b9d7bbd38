// Who may be mentioned in a comment: only people who can see it; the mission-only access of notes.
import { and, asc, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { type ClassifiedRecord, canSee } from '../../platform/access/policy.ts';
import type { Viewer } from '../../platform/context.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { mentionNotAllowed } from './consultations.errors.ts';
import { visibleConsultation } from './consultations.repository.ts';
import type { ConsultationRow } from './consultations.rules.ts';

/** Who may see a mission-only note (and anything else kept to the mission). */
export const MISSION_ACCESS: ClassifiedRecord = { classification: 'mission', sharedParties: [], sharedOrganizations: [], restrictedTo: [] };

/**
 * Enabled accounts that may see something with `access` on this consultation:
 * the mission's people, the delegates of the parties on the list and the
 * liaison officers of the organisations on it, as the access policy allows.
 */
async function mayBeMentioned(db: Executor, c: ConsultationRow, access: ClassifiedRecord) {
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
  return rows.filter((u) => canSee({ viewer: u as Viewer, requestId: null, ip: null }, access));
}

/** Every mentioned user must be able to see the comment; any other (or unknown) id is refused alike. */
export async function checkMentions(db: Executor, c: ConsultationRow, access: ClassifiedRecord, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return wanted;
  const allowed = new Set((await mayBeMentioned(db, c, access)).map((u) => u.id));
  if (wanted.some((id) => !allowed.has(id))) throw mentionNotAllowed();
  return wanted;
}

/** People the viewer may mention on this consultation (for a mission-only note: the mission only). */
export async function listMentionable(deps: Deps, ctx: RequestContext, id: string, opts: { missionOnly?: boolean } = {}) {
  const c = await visibleConsultation(deps.db, ctx, id);
  const people = await mayBeMentioned(deps.db, c, opts.missionOnly ? MISSION_ACCESS : c);
  return { items: people.map((u) => ({ id: u.id, displayName: u.displayName, partyCode: u.role === 'delegate' ? u.partyCode : null })) };
}
