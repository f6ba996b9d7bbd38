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
};

/** Who is asking, and from where: passed to every use case. */
export type RequestContext = {
  viewer: Viewer | null;
  requestId: string | null;
  ip: string | null;
  /** Set only for trusted work outside requests (CLI, seed, jobs): the policy allows everything. */
  system?: string;
};

/** Context for work done outside a request (CLI, seed, jobs). */
export const systemContext = (label = 'system'): RequestContext => ({
  viewer: null,
  requestId: null,
  ip: null,
  system: label,
});
