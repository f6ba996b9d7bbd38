// The consensus rules: who has consented, who is awaited, and the decision when a consensus consultation's deadline passes.
import { CONSENTING, type PositionKind } from '../../../shared/consultations.ts';
import type { Tx } from '../../db/client.ts';
import { systemContext } from '../../platform/context.ts';
import { defineJob, type JobRow } from '../../platform/jobs/registry.ts';
import { deferJob } from '../../platform/jobs/jobs.ts';
import { DEADLINE_JOB, hasDeadlineJob, lockForJob, OUTCOME_CONTEXT } from './deadline.jobs.ts';
import { adopt, recordOutcome } from './outcome.ts';
import { currentPositions, latestCirculatedVersion } from './positions.repository.ts';

/**
 * Consensus and deadlines. The rules work on the current positions of the
 * parties on the list; a reservation consents (it is attached to the adopted
 * text). A consensus or comments consultation is decided at its deadline by
 * a durable job.
 */
type Current = ReadonlyMap<string, { kind: PositionKind }>;

const consents = (kind: PositionKind | undefined) => !!kind && (CONSENTING as readonly string[]).includes(kind);

/** Every party on the list (at least one) supports, does not object, or consents with a reservation. */
export function consensusReached(listed: readonly string[], current: Current): boolean {
  return listed.length > 0 && listed.every((p) => consents(current.get(p)?.kind));
}

/** What a consensus consultation comes to at its deadline. */
export function consensusAtDeadline(listed: readonly string[], current: Current): 'adopted' | 'not_adopted' | 'lapsed' {
  if (listed.some((p) => current.get(p)?.kind === 'objection')) return 'not_adopted';
  if (consensusReached(listed, current)) return 'adopted';
  return 'lapsed';
}

/** Parties on the list that have not answered yet (no position, or no instructions), who are reminded before a deadline. */
export function awaitingParties(listed: readonly string[], current: Current): string[] {
  return listed.filter((p) => {
    const kind = current.get(p)?.kind;
    return !kind || kind === 'no_instructions';
  });
}

/** Decides a consensus or comments consultation at its deadline; the outcome time is the deadline, not when the job ran. */
export async function decideAtDeadline(tx: Tx, job: JobRow) {
  const c = await lockForJob(tx, String(job.payload.consultationId));
  if (!c || !hasDeadlineJob(c)) return;
  const at = c.deadline!;
  if (at.getTime() > job.runAt.getTime()) return deferJob(tx, job, at);
  const version = (await latestCirculatedVersion(tx, c.id))?.id ?? null;
  const moment = { at: at.toISOString(), zone: c.timeZone };
  if (c.method === 'comments') {
    await recordOutcome(tx, c, { status: 'closed', at, facts: { kind: 'comments_closed', ...moment }, versionId: version }, c.timeZone);
    return;
  }
  const current = await currentPositions(tx, systemContext(OUTCOME_CONTEXT), c);
  const verdict = consensusAtDeadline(c.sharedParties, current);
  if (verdict === 'adopted') {
    await adopt(tx, c, { at, procedure: null });
    return;
  }
  if (verdict === 'not_adopted') {
    const objecting = c.sharedParties.filter((p) => current.get(p)?.kind === 'objection');
    await recordOutcome(tx, c, { status: 'not_adopted', at, facts: { kind: 'not_adopted', ...moment, objecting }, versionId: version }, c.timeZone);
    return;
  }
  const awaiting = c.sharedParties.filter((p) => !consents(current.get(p)?.kind));
  await recordOutcome(tx, c, { status: 'lapsed', at, facts: { kind: 'lapsed', ...moment, awaiting }, versionId: version }, c.timeZone);
}

export const consensusDeadlineJob = defineJob({ kind: DEADLINE_JOB, run: async (_deps, tx, job) => decideAtDeadline(tx, job) });
