// The mission withdrawing a consultation's text, with the reason, ending any running procedure.
import { syncConsultationCalendar } from './consultations.calendar.ts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { consultationWithdrawSchema } from '../../../shared/consultations.ts';
import { consultations } from '../../db/schema/consultations.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { consultationDecided } from './consultations.errors.ts';
import { lockForManaging } from './consultations.repository.ts';
import { getConsultation } from './consultations.usecases.ts';
import { isDecided } from './consultations.rules.ts';
import { syncDeadlineJobs } from './deadline.jobs.ts';
import { runningProcedure } from './positions.repository.ts';
import { CONSULTATION_WITHDRAWN, notifyDistribution } from './silence.notifications.ts';
import { withdrawProcedure } from './silence.usecases.ts';

const FIELDS = ['status', 'outcomeAt', 'outcome'] as const;

/**
 * `POST /api/consultations/{id}/withdraw`: the mission withdraws the text
 * altogether (a draft or an open consultation). A running silence procedure
 * is withdrawn with it and every pending job of the consultation goes.
 */
export async function withdrawConsultation(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof consultationWithdrawSchema>, now = new Date()) {
  await deps.db.transaction(async (tx) => {
    const c = await lockForManaging(tx, ctx, id);
    if (isDecided(c)) throw consultationDecided(c.status);
    const reason = input.reason ?? null;
    const procedure = await runningProcedure(tx, c.id);
    if (procedure) await withdrawProcedure(tx, ctx, procedure, reason, now);
    const [after] = await tx
      .update(consultations)
      .set({ status: 'withdrawn', outcomeAt: now, outcome: { kind: 'withdrawn', at: now.toISOString(), reason }, updatedAt: now })
      .where(eq(consultations.id, c.id))
      .returning();
    await syncDeadlineJobs(tx, after, now);
    await syncConsultationCalendar(tx, after.id);
    await recordAudit(tx, ctx, { action: 'consultation.withdrawn', recordType: 'consultation', recordId: c.id, changes: { ...diff(c, after, FIELDS), ...(reason ? { reason: { after: reason } } : {}) } });
    await notifyDistribution(tx, ctx, after, CONSULTATION_WITHDRAWN.kind, { at: now.toISOString(), reason }, procedure?.timeZone ?? c.timeZone);
  });
  return getConsultation(deps, ctx, id);
}
