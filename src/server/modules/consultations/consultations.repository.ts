import { and, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { consultations } from '../../db/schema/index.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { consultationNotFound } from './consultations.errors.ts';
import type { ConsultationRow } from './consultations.rules.ts';

/** The consultation, if `ctx` may see it. */
export async function findConsultationRow(db: Executor, ctx: RequestContext, id: string): Promise<ConsultationRow | null> {
  const [row] = await db.select().from(consultations).where(and(eq(consultations.id, id), visibleTo(ctx, consultations))).limit(1);
  return row ?? null;
}

/** The consultation, if `ctx` may see it (404 otherwise). */
export async function visibleConsultation(db: Executor, ctx: RequestContext, id: string): Promise<ConsultationRow> {
  const row = await findConsultationRow(db, ctx, id);
  if (!row) throw consultationNotFound();
  return row;
}

/**
 * Locks the consultation's row for the rest of `tx`, once it is established
 * that `ctx` may see it (404 otherwise). Every write to a consultation or its
 * parts (versions, positions, procedures) takes this lock first, so a position
 * and the expiry job, or two positions, are decided one after the other.
 * Whether `ctx` may *change* it is the caller's question.
 */
export async function lockConsultation(tx: Tx, ctx: RequestContext, id: string): Promise<ConsultationRow> {
  const [row] = await tx.select().from(consultations).where(and(eq(consultations.id, id), visibleTo(ctx, consultations))).limit(1).for('update');
  if (!row) throw consultationNotFound();
  return row;
}
