import type { ResourcePolicy } from '../../platform/access/policy.ts';

/**
 * Bodies and meetings are kept by the mission: delegations read the meetings
 * and records shared with their party, but do not write them. Agenda,
 * attendance, minutes, decisions and action items are parts of a meeting and
 * follow its classification.
 */
export const bodyResource: ResourcePolicy = { type: 'body', externalContributors: false };
export const meetingResource: ResourcePolicy = { type: 'meeting', externalContributors: false };
