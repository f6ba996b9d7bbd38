import type { ResourcePolicy } from '../../platform/access/policy.ts';

/**
 * Consultations are kept by the mission: delegations on the distribution list
 * read them, set their own party's position and write in the thread, but do
 * not edit the consultation or its versions.
 */
export const consultationResource: ResourcePolicy = { type: 'consultation', externalContributors: false };
