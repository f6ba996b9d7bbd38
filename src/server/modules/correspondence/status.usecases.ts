// Moving an item along its status flow: the head's approval, assignment, acknowledgement, answering, filing and cancelling (its number stays in the register as cancelled).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type CorrespondenceStatus, STATUS_MOVES, type statusMoveSchema } from '../../../shared/correspondence.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { correspondence } from '../../db/schema/correspondence.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { cancelNumber } from '../../platform/records/numbering.ts';
import { withRecordForWrite } from '../../platform/records/write.ts';
import { approvalForbidden, assigneeNotStaff, assigneeRequired, reasonRequired, statusNotAllowed } from './correspondence.errors.ts';
import { notifyAssigned } from './correspondence.notifications.ts';
import { mayApprove } from './correspondence.policy.ts';
import { afterWrite, correspondenceRecord, getCorrespondence } from './correspondence.usecases.ts';

type Move = z.output<typeof statusMoveSchema>;

/** Is the move from `from` to `to` in the flow (dispatch has its own act)? */
export const allowedMove = (from: CorrespondenceStatus, to: CorrespondenceStatus) => to !== 'dispatched' && STATUS_MOVES[from].includes(to);

export async function moveStatus(deps: Deps, ctx: RequestContext, id: string, move: Move) {
  await withRecordForWrite(deps, ctx, correspondenceRecord, id, 'update', async (tx, current) => {
    const to = move.status;
    if (!allowedMove(current.status, to)) throw statusNotAllowed(current.status, to);
    if (to === 'approved' && !mayApprove(ctx)) throw approvalForbidden();
    const set: Partial<typeof correspondence.$inferInsert> = { status: to, updatedAt: new Date() };
    if (to === 'approved') Object.assign(set, { approvedAt: new Date(), approvedBy: ctx.viewer?.id ?? null });
    if (to === 'draft') Object.assign(set, { approvedAt: null, approvedBy: null });
    if (to === 'assigned') {
      if (!move.assigneeUserId) throw assigneeRequired();
      const [u] = await tx.select({ role: users.role }).from(users).where(eq(users.id, move.assigneeUserId));
      if (!u || !['admin', 'head', 'staff'].includes(u.role)) throw assigneeNotStaff();
      set.assigneeUserId = move.assigneeUserId;
    }
    if (to === 'cancelled') {
      if (!move.reason) throw reasonRequired();
      set.cancelReason = move.reason;
      await cancelNumber(tx, ctx, { seriesKey: current.seriesKey, code: current.registerNumber, reason: move.reason });
    }
    const [after] = await tx.update(correspondence).set(set).where(eq(correspondence.id, id)).returning();
    await recordAudit(tx, ctx, {
      action: `correspondence.${to === 'approved' ? 'approve' : 'status'}`,
      recordType: 'correspondence',
      recordId: id,
      changes: { ...diff(current, after, ['status', 'assigneeUserId', 'approvedAt', 'approvedBy', 'cancelReason']), ...(move.reason ? { reason: { after: move.reason } } : {}) },
    });
    if (to === 'assigned' && after.assigneeUserId !== current.assigneeUserId) await notifyAssigned(tx, after);
    await afterWrite(tx, ctx, after);
  });
  return getCorrespondence(deps, ctx, id);
}
