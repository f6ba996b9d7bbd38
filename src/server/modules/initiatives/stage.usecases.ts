// Moving an initiative along its pipeline: allowed transitions, the gates each stage asks for, and the stage history.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { allowedMoves, type InitiativeStage, type stageMoveSchema } from '../../../shared/initiatives.ts';
import type { Tx } from '../../db/client.ts';
import { documents } from '../../db/schema/documents.table.ts';
import { initiativeStageChanges, initiatives } from '../../db/schema/initiatives.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import type { FieldError } from '../../platform/errors.ts';
import { linkedRefs, linkRecords } from '../../platform/records/links.ts';
import { checkMoney, moneyValues } from '../../platform/records/money.ts';
import { withRecordForWrite } from '../../platform/records/write.ts';
import { consultationRefs } from '../consultations/consultations.api.ts';
import { bodyRefs } from '../meetings/meetings.api.ts';
import { syncInitiativeCalendar } from './initiatives.calendar.ts';
import { approvalNotAdopted, currencyMismatch, gateUnmet, transitionNotAllowed, unknownApproval, unknownReport } from './initiatives.errors.ts';
import type { InitiativeRow } from './initiatives.repository.ts';
import { budgetsOf, transactionsOf } from './initiatives.repository.ts';
import { indexInitiative } from './initiatives.search.ts';
import { initiativeRecord } from './initiatives.usecases.ts';

type Move = z.output<typeof stageMoveSchema>;
const APPROVAL = 'approval';

/**
 * What `to` requires of the initiative as it will be after the move (domain.md
 * §1.4 and the gates). Each unmet requirement names the field that
 * fills it.
 */
async function unmetGates(tx: Tx, ctx: RequestContext, i: InitiativeRow, to: InitiativeStage, hasApproval: boolean): Promise<FieldError[]> {
  const missing: FieldError[] = [];
  if (to === 'sponsoring_body_endorsed') {
    if (!i.sponsoringBodyId || !(await bodyRefs(tx, ctx, [i.sponsoringBodyId])).size) missing.push({ field: 'sponsoringBodyId', message: 'Name the ASEAN sponsoring body that endorsed it.' });
  }
  if (to === 'approved') {
    if (!i.fundId) missing.push({ field: 'fundId', message: 'Name the funding source.' });
    if (!(await budgetsOf(tx, [i.id])).get(i.id)?.length) missing.push({ field: 'budgets', message: 'Record a budget.' });
    if (!hasApproval) missing.push({ field: 'approval', message: 'Give the approval reference: a decision (e.g. ARJCC-23/D2) or an adopted consultation.' });
  }
  if (to === 'in_implementation') {
    const disbursed = (await transactionsOf(tx, [i.id])).get(i.id)?.some((t) => t.type === '3');
    if (!disbursed && !i.actualStart) missing.push({ field: 'commencementDate', message: 'Record the first disbursement or the commencement date.' });
  }
  if (to === 'closed') {
    if (!i.completionReportDocumentId) missing.push({ field: 'completionReportDocumentId', message: 'Attach the completion report.' });
    if (i.unspentBalanceMinor === null) missing.push({ field: 'unspentBalance', message: 'Record the unspent balance.' });
  }
  return missing;
}

/** The approval given with the move: a decision, or a consultation whose text is adopted, that the user may see. */
async function checkApproval(tx: Tx, ctx: RequestContext, approval: NonNullable<Move['approval']>) {
  if (approval.recordType === 'consultation') {
    const c = (await consultationRefs(tx, ctx, [approval.recordId])).get(approval.recordId);
    if (!c) throw unknownApproval();
    if (c.status !== 'adopted') throw approvalNotAdopted();
  }
}

/**
 * Moves an initiative to `move.stage`: refused with 409
 * `initiative.transition_not_allowed` when the pipeline does not allow it,
 * and with 409 `initiative.gate_unmet` naming what is missing when a gate
 * does not hold. What a gate asks for may come with the move (the approval,
 * the commencement date, the completion report, the unspent balance) and is
 * stored in the same transaction as the move, its history row and the audit.
 * The route answers with the initiative as it now is.
 */
export async function moveStage(deps: Deps, ctx: RequestContext, id: string, move: Move) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, current) => {
    const from = current.stage;
    if (!allowedMoves(from, current.resumeStage).includes(move.stage)) throw transitionNotAllowed(from, move.stage);
    const set: Partial<typeof initiatives.$inferInsert> = {};
    if (move.commencementDate && move.stage === 'in_implementation') set.actualStart = move.commencementDate;
    if (move.completionReportDocumentId && move.stage === 'closed') {
      const [doc] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.id, move.completionReportDocumentId), eq(documents.recordType, 'initiative'), eq(documents.recordId, id)));
      if (!doc) throw unknownReport();
      set.completionReportDocumentId = doc.id;
    }
    if (move.unspentBalance && move.stage === 'closed') {
      await checkMoney(tx, move.unspentBalance, 'unspentBalance');
      if (move.unspentBalance.currency !== current.currency) throw currencyMismatch('unspentBalance', current.currency);
      Object.assign(set, moneyValues('unspentBalance', move.unspentBalance));
    }
    let hasApproval = ((await linkedRefs(tx, ctx, 'initiative', [id], APPROVAL)).get(id)?.length ?? 0) > 0;
    if (move.approval && move.stage === 'approved') {
      await checkApproval(tx, ctx, move.approval);
      if (!hasApproval) await linkRecords(tx, ctx, { recordType: 'initiative', recordId: id }, move.approval, APPROVAL, { from: 'id', to: 'approval' });
      hasApproval = true;
    }
    const missing = await unmetGates(tx, ctx, { ...current, ...set } as InitiativeRow, move.stage, hasApproval);
    if (missing.length) throw gateUnmet(move.stage, missing);
    const now = new Date();
    const [after] = await tx
      .update(initiatives)
      .set({
        ...set,
        stage: move.stage,
        stageChangedAt: now,
        // A suspended initiative resumes to the stage it left.
        resumeStage: move.stage === 'suspended' ? from : null,
        updatedAt: now,
      })
      .where(eq(initiatives.id, id))
      .returning();
    await tx.insert(initiativeStageChanges).values({ initiativeId: id, fromStage: from, toStage: move.stage, reason: move.reason ?? null, at: now, byUserId: ctx.viewer?.id ?? null });
    await recordAudit(tx, ctx, {
      action: 'initiative.stage',
      recordType: 'initiative',
      recordId: id,
      changes: { ...diff(current, after, ['stage', 'actualStart', 'completionReportDocumentId', 'unspentBalanceMinor', 'unspentBalanceCurrency']), reason: { after: move.reason ?? null } },
    });
    await indexInitiative(tx, after);
    await syncInitiativeCalendar(tx, after);
  });
}
