// Pure rules on a consultation row: whether it is decided, when positions close, whether they are still taken.
import { DECIDED_STATUSES } from '../../../shared/consultations.ts';
import type { consultations, silenceProcedures } from '../../db/schema/consultations.table.ts';

export type ConsultationRow = typeof consultations.$inferSelect;
export type SilenceRow = typeof silenceProcedures.$inferSelect;

export const isDecided = (c: Pick<ConsultationRow, 'status'>) => (DECIDED_STATUSES as readonly string[]).includes(c.status);

/** The instant positions close: a running procedure's expiry, else the consultation's deadline while it is open. */
export function closesAt(c: Pick<ConsultationRow, 'status' | 'deadline'>, running: Pick<SilenceRow, 'status' | 'expiresAt'> | null): Date | null {
  if (c.status !== 'open') return null;
  if (running?.status === 'running') return running.expiresAt;
  return c.deadline;
}

/** Positions are taken while the consultation is open and before it closes (a position at the closing instant is too late). */
export function acceptsPositions(c: Pick<ConsultationRow, 'status' | 'deadline'>, running: Pick<SilenceRow, 'status' | 'expiresAt'> | null, now: Date): boolean {
  const end = closesAt(c, running);
  return c.status === 'open' && (end === null || now < end);
}
