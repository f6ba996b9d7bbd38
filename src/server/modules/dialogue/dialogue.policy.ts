// Who may see and do what on engagements and gifts: records kept by the mission, shared with the parties named when classified `shared`.
import type { ResourcePolicy } from '../../platform/access/policy.ts';

/**
 * Engagements and gifts are kept by the mission: staff log them; a sensitive
 * démarche is `restricted` to the staff named (and the head of mission); a
 * `shared` engagement is read by the delegations and organisations it is
 * shared with, who do not write it. Participants, follow-ups (action items)
 * and custody entries are parts of their record and follow its access: every
 * read joins the record through `visibleTo`, follow-ups carry its access.
 */
export const engagementResource: ResourcePolicy = { type: 'engagement', externalContributors: false };
export const giftResource: ResourcePolicy = { type: 'gift', externalContributors: false };
