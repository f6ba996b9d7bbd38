// A liaison request's steps: who did what and when, and moving its status forward — by the mission or a liaison officer of one of its organisations.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { forwardStatuses, type stepInputSchema } from '../../../shared/liaison.ts';
import { liaisonRequests, liaisonSteps } from '../../db/schema/liaison.table.ts';
import { canAct, visibleTo } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { organizationRefs } from '../directory/directory.api.ts';
import { syncRequestCalendar } from './liaison.calendar.ts';
import { liaisonRequestNotFound, liaisonStepForbidden, statusNotForward } from './liaison.errors.ts';
import { notifyStatusChanged } from './liaison.notifications.ts';
import { liaisonRequestResource } from './liaison.policy.ts';
import { indexLiaisonRequest } from './liaison.search.ts';
import { findLiaisonRequest, stepsOf } from './requests.repository.ts';

/** The steps of a visible request, with who took them (a liaison officer by their organisation). */
export async function listSteps(deps: Deps, ctx: RequestContext, id: string) {
  if (!(await findLiaisonRequest(deps.db, ctx, id))) throw liaisonRequestNotFound();
  const steps = await stepsOf(deps.db, [id]);
  const orgs = await organizationRefs(deps.db, ctx, steps.map((s) => s.byOrganizationId));
  return {
    items: steps.map((s) => {
      const org = s.byRole === 'liaison' && s.byOrganizationId ? orgs.get(s.byOrganizationId) : undefined;
      return {
        id: s.id,
        on: s.on,
        action: s.action,
        fromStatus: s.fromStatus,
        toStatus: s.toStatus,
        byName: s.byName,
        byOrganization: org ? (org.acronym ?? org.names.en) : null,
        at: s.at.toISOString(),
      };
    }),
  };
}

/**
 * Adds a dated step, moving the status forward when one is given. One
 * transaction holds the request's row lock, the step, the status, the audit
 * entry, the search index, the calendar and the notifications.
 */
export async function addStep(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof stepInputSchema>) {
  await deps.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(liaisonRequests)
      .where(and(eq(liaisonRequests.id, id), visibleTo(ctx, liaisonRequests)))
      .limit(1)
      .for('no key update');
    if (!current) throw liaisonRequestNotFound();
    if (!canAct(ctx, 'step', liaisonRequestResource, current)) throw liaisonStepForbidden();
    const to = input.status && input.status !== current.status ? input.status : null;
    if (to && !forwardStatuses(current.status).includes(to)) throw statusNotForward(current.status, to);
    const now = new Date();
    await tx.insert(liaisonSteps).values({ requestId: id, on: input.on, action: input.action, fromStatus: to ? current.status : null, toStatus: to, byUserId: ctx.viewer?.id ?? null, at: now });
    const [after] = await tx
      .update(liaisonRequests)
      .set({ ...(to ? { status: to, statusChangedAt: now } : {}), updatedAt: now })
      .where(eq(liaisonRequests.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: to ? 'liaison_request.status' : 'liaison_request.step',
      recordType: 'liaison_request',
      recordId: id,
      changes: { step: { after: { on: input.on, action: input.action } }, ...(to ? { status: { before: current.status, after: to } } : {}) },
    });
    if (to) {
      await indexLiaisonRequest(tx, after);
      await syncRequestCalendar(tx, after);
      await notifyStatusChanged(tx, after, ctx.viewer?.id ?? null);
    }
  });
  return listSteps(deps, ctx, id);
}
