// Who may see and do what on bodies and meetings; a meeting's parts follow the meeting.
import { can, type ResourcePolicy } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';

/**
 * Bodies and meetings are kept by the mission: delegations read the meetings
 * and records shared with their party, but do not write them. Agenda,
 * attendance, minutes, decisions and action items are parts of a meeting and
 * follow its classification: every read of them joins the meeting through
 * `visibleTo`, every write locks it through `withMeetingForWrite`.
 */
export const bodyResource: ResourcePolicy = { type: 'body', externalContributors: false };
export const meetingResource: ResourcePolicy = { type: 'meeting', externalContributors: false };

/** An approved record is locked: its agenda, attendance, minutes and decisions no longer change. */
export const isLocked = (m: { status: string }) => m.status === 'record_approved';

/** Only the head of mission approves a meeting's record (and trusted system work). */
export const mayApproveRecord = (ctx: RequestContext) => !!ctx.system || ctx.viewer?.role === 'head';

/** May `ctx` change the meeting (and, while its record is not approved, its parts)? */
export const mayWriteMeeting = (ctx: RequestContext, m: Parameters<typeof can>[3]) => can(ctx, 'update', meetingResource, m);
