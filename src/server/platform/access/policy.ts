// The one access policy: visibleTo (SQL) and canSee (in memory), can() for actions and the abilities sent to the web app.
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { type Classification, MISSION_ROLES, type Role } from '../../../shared/common.ts';
import type { RequestContext, Viewer } from '../context.ts';

/**
 * The one access policy. Every list, detail, count, search and export query
 * filters with `visibleTo`; every write asks `can`. Routes never decide access.
 *
 * - public: anyone, signed in or not;
 * - mission: the mission's own people (admin, head, staff);
 * - shared: mission people plus delegates of the listed parties and liaison
 *   officers of the listed organisations;
 * - restricted: the head of mission plus mission people named on the record.
 */

/** The columns of a classified table the predicate is built from. */
export type ClassifiedColumns = {
  classification: AnyColumn;
  sharedParties: AnyColumn;
  sharedOrganizations: AnyColumn;
  restrictedTo: AnyColumn;
};

/** The same fields, as values on a loaded record. */
export type ClassifiedRecord = {
  classification: Classification;
  sharedParties: string[];
  sharedOrganizations: string[];
  restrictedTo: string[];
};

export type WriteAction = 'create' | 'update' | 'archive' | 'classify';

/** What a kind of record allows beyond the defaults. */
export type ResourcePolicy = {
  type: string;
  /** Delegates / liaison officers may create and edit records shared with them. */
  externalContributors: boolean;
  /**
   * Acts short of editing the record that delegates / liaison officers may do
   * on a record shared with their side (e.g. `step` on a liaison request);
   * see `canAct`.
   */
  externalActs?: readonly string[];
};

/** A record only the mission writes (most records); the classifications it may be given are the defaults. */
export const missionKeptRecord: ResourcePolicy = { type: 'record', externalContributors: false };

export const isMission = (role: Role | undefined) => role !== undefined && MISSION_ROLES.includes(role);

/** SQL predicate: rows of `t` the user in `ctx` may see. */
export function visibleTo(ctx: RequestContext, t: ClassifiedColumns): SQL {
  if (ctx.system) return sql`true`;
  const v = ctx.viewer;
  const isPublic = sql`${t.classification} = 'public'`;
  if (!v) return isPublic;
  switch (v.role) {
    case 'head':
      return sql`true`;
    case 'admin':
    case 'staff':
      return sql`(${t.classification} <> 'restricted' or ${v.id}::uuid = any(${t.restrictedTo}))`;
    case 'delegate':
      return v.partyCode
        ? sql`(${isPublic} or (${t.classification} = 'shared' and ${t.sharedParties} @> array[${v.partyCode}]::text[]))`
        : isPublic;
    case 'liaison':
      return v.organizationId
        ? sql`(${isPublic} or (${t.classification} = 'shared' and ${t.sharedOrganizations} @> array[${v.organizationId}]::uuid[]))`
        : isPublic;
  }
}

/** The same rule as `visibleTo`, for a record already in memory. */
export function canSee(ctx: RequestContext, r: ClassifiedRecord): boolean {
  if (ctx.system) return true;
  const v = ctx.viewer;
  if (r.classification === 'public') return true;
  if (!v) return false;
  switch (v.role) {
    case 'head':
      return true;
    case 'admin':
    case 'staff':
      return r.classification !== 'restricted' || r.restrictedTo.includes(v.id);
    case 'delegate':
      return r.classification === 'shared' && !!v.partyCode && r.sharedParties.includes(v.partyCode);
    case 'liaison':
      return r.classification === 'shared' && !!v.organizationId && r.sharedOrganizations.includes(v.organizationId);
  }
}

/** Classifications this user may give a new record of `resource`. */
export function allowedClassifications(ctx: RequestContext, resource: ResourcePolicy): Classification[] {
  if (ctx.system) return ['public', 'mission', 'shared', 'restricted'];
  const role = ctx.viewer?.role;
  if (isMission(role)) return ['public', 'mission', 'shared', 'restricted'];
  if ((role === 'delegate' || role === 'liaison') && resource.externalContributors) return ['shared'];
  return [];
}

/**
 * May the user do `action` to `record` (for `create`: the record as it would be
 * written)? A record the user cannot see is never writable.
 */
export function can(ctx: RequestContext, action: WriteAction, resource: ResourcePolicy, record: ClassifiedRecord): boolean {
  if (ctx.system) return true;
  const v = ctx.viewer;
  if (!v) return false;
  if (action === 'create') {
    if (!allowedClassifications(ctx, resource).includes(record.classification)) return false;
    if (isMission(v.role)) return true;
    // An outside contributor must share what they create with their own side.
    return sharesWithViewer(v, record);
  }
  if (!canSee(ctx, record)) return false;
  if (isMission(v.role)) {
    if (record.classification !== 'restricted') return true;
    return v.role === 'head' || record.restrictedTo.includes(v.id);
  }
  if (action === 'classify') return false;
  return resource.externalContributors && record.classification === 'shared' && sharesWithViewer(v, record);
}

/**
 * May the user do the named act (`step`, …) on `record`? The mission does what
 * it may update; a delegate or liaison officer only the acts the resource
 * lists in `externalActs`, on a shared record shared with their own side.
 */
export function canAct(ctx: RequestContext, act: string, resource: ResourcePolicy, record: ClassifiedRecord): boolean {
  if (ctx.system) return true;
  const v = ctx.viewer;
  if (!v || !canSee(ctx, record)) return false;
  if (isMission(v.role)) return can(ctx, 'update', resource, record);
  return !!resource.externalActs?.includes(act) && record.classification === 'shared' && sharesWithViewer(v, record);
}

/**
 * The access of a record that belongs to organisations (a liaison request
 * between two secretariats): when shared, it is shared with exactly those
 * organisations and no party, so their liaison officers — and only theirs —
 * see it everywhere the policy applies (lists, search, calendar,
 * notifications, exports). Mission and restricted records keep no sharing.
 */
export function organizationScopedAccess(
  classification: Classification,
  organizationIds: string[],
  restrictedTo: string[] = [],
): ClassifiedRecord {
  return {
    classification,
    sharedParties: [],
    sharedOrganizations: classification === 'shared' ? [...new Set(organizationIds)] : [],
    restrictedTo: classification === 'restricted' ? restrictedTo : [],
  };
}

/** In memory: may the viewer read parts of a visible record meant for the mission only (as `missionOnly`)? */
export const readsMissionOnly = (ctx: RequestContext) => !!ctx.system || isMission(ctx.viewer?.role);

function sharesWithViewer(v: Viewer, r: ClassifiedRecord): boolean {
  if (v.role === 'delegate') return !!v.partyCode && r.sharedParties.includes(v.partyCode);
  if (v.role === 'liaison') return !!v.organizationId && r.sharedOrganizations.includes(v.organizationId);
  return false;
}

/** The abilities sent with a record so the UI shows only the buttons that work. */
export function abilitiesOn(ctx: RequestContext, resource: ResourcePolicy, record: ClassifiedRecord) {
  return {
    update: can(ctx, 'update', resource, record),
    archive: can(ctx, 'archive', resource, record),
    classify: can(ctx, 'classify', resource, record),
  };
}

/**
 * SQL predicate for parts of a visible record meant for the mission only
 * (internal notes): true for the mission's people and trusted system work.
 */
export function missionOnly(ctx: RequestContext): SQL {
  return ctx.system || isMission(ctx.viewer?.role) ? sql`true` : sql`false`;
}

/**
 * SQL predicate for parts of a visible record that belong to one party (a
 * delegation's position) and are shown to that party and the mission only.
 */
export function ownPartyOnly(ctx: RequestContext, partyColumn: AnyColumn): SQL {
  if (ctx.system || isMission(ctx.viewer?.role)) return sql`true`;
  const party = ctx.viewer?.role === 'delegate' ? ctx.viewer.partyCode : null;
  return party ? sql`${partyColumn} = ${party}` : sql`false`;
}
