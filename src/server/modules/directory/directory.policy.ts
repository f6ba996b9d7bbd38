// The directory's access policy: records the mission keeps, read by those they are shared with.
import type { ResourcePolicy } from '../../platform/access/policy.ts';

/** The directory is kept by the mission: delegations and organisations read what is shared with them, but do not edit it. */
export const directoryResource = (type: 'party' | 'organization' | 'person' | 'delegation'): ResourcePolicy => ({
  type,
  externalContributors: false,
});
