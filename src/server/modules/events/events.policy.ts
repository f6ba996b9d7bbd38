// Who may see and do what on the mission's events: the access policy's classifications, `public` being the public flag.
import type { ResourcePolicy } from '../../platform/access/policy.ts';

/**
 * Events are kept by the mission. The public flag is the classification
 * `public`: the access policy then shows the event to anyone, signed in or
 * not, and the public page and feed read through the same policy as a
 * visitor, so nothing else can appear there.
 */
export const eventResource: ResourcePolicy = { type: 'event', externalContributors: false };
