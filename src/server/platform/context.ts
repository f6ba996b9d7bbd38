// Who is asking, and from where: the context every use case and query is given.
import type { Language, Role } from '../../shared/common.ts';

/** The signed-in user as the access policy sees them. */
export type Viewer = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  language: Language;
  partyCode: string | null;
  organizationId: string | null;
  /** Whether the user signs in with a second factor (set for a signed-in request). */
  secondFactor?: boolean;
  /** Set when the request came with an API token instead of a session: the audit names it; a read-only one may only read. */
  token?: { id: string; name: string; readOnly: boolean };
};

/** Who is asking, and from where: passed to every use case. */
export type RequestContext = {
  viewer: Viewer | null;
  requestId: string | null;
  ip: string | null;
  /**
   * Set only for trusted work (CLI, seed, jobs, or `asSystem`): the policy
   * allows everything. The label names the work in the audit trail.
   */
  system?: string;
};

/**
 * The same user's context with the policy's leave to see and do everything,
 * for one named reason (e.g. reading a hidden body's acronym to index a
 * meeting). Use it for the smallest step that needs it; an audit entry
 * written with it names both the user and the reason.
 */
export const asSystem = (ctx: RequestContext, reason: string): RequestContext => ({ ...ctx, system: reason });

/** Context for work done outside a request (CLI, seed, jobs). */
export const systemContext = (label = 'system'): RequestContext => ({
  viewer: null,
  requestId: null,
  ip: null,
  system: label,
});
