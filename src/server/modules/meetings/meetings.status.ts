// A meeting's status transitions (planned, convened, concluded, record approved, cancelled) and who may make them.
import { eq } from 'drizzle-orm';
import type { MEETING_STATUSES } from '../../../shared/meetings.ts';
import { meetings } from '../../db/schema/meetings.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { asSystem, type RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { findBody } from './bodies.repository.ts';
import { approveForbidden, transitionNotAllowed } from './meetings.errors.ts';
import { mayApproveRecord, mayWriteMeeting } from './meetings.policy.ts';
import { type MeetingRow, withMeetingForWrite } from './meetings.repository.ts';
import { syncMeetingViews } from './meetings.views.ts';

type Status = (typeof MEETING_STATUSES)[number];

/** planned → convened → concluded → record approved; planned or convened meetings can be cancelled. */
const TRANSITIONS: Record<Status, Status[]> = {
  planned: ['convened', 'cancelled'],
  convened: ['concluded', 'cancelled'],
  concluded: ['record_approved'],
  record_approved: [],
  cancelled: [],
};


/** The statuses `ctx` could move the meeting to now (for the buttons the UI shows). */
export function nextStatuses(ctx: RequestContext, m: MeetingRow): Status[] {
  if (!mayWriteMeeting(ctx, m)) return [];
  return TRANSITIONS[m.status].filter((s) => s !== 'record_approved' || mayApproveRecord(ctx));
}

/**
 * Moves a meeting along its life. Approving the record (head of mission only)
 * stamps who and when, and locks the agenda, attendance, minutes, decisions
 * and action items of the meeting.
 */
export async function changeMeetingStatus(deps: Deps, ctx: RequestContext, id: string, to: Status) {
  await withMeetingForWrite(
    deps,
    ctx,
    id,
    async (tx, current) => {
      if (!TRANSITIONS[current.status].includes(to)) throw transitionNotAllowed(current.status, to);
      if (to === 'record_approved' && !mayApproveRecord(ctx)) throw approveForbidden();
      const now = new Date();
      const [after] = await tx
        .update(meetings)
        .set({ status: to, updatedAt: now, ...(to === 'record_approved' ? { approvedAt: now, approvedBy: ctx.viewer?.id ?? null } : {}) })
        .where(eq(meetings.id, id))
        .returning();
      const action = to === 'record_approved' ? 'meeting.approve_record' : to === 'cancelled' ? 'meeting.cancel' : 'meeting.status';
      await recordAudit(tx, ctx, { action, recordType: 'meeting', recordId: id, changes: diff(current, after, ['status', 'approvedAt', 'approvedBy']) });
      const body = await findBody(tx, asSystem(ctx, 'the body’s acronym for the meeting’s search entry and calendar'), current.bodyId);
      await syncMeetingViews(tx, after, body?.acronym ?? null, false);
    },
    { allowLocked: true },
  );
}
