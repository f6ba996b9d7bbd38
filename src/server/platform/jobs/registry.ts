// Job kinds and how each runs; filled from the module manifests at start.
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../deps.ts';

export type JobRow = {
  id: string;
  kind: string;
  key: string | null;
  payload: Record<string, unknown>;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
};

/**
 * How a kind of job runs.
 * - `transactional` (default): the handler gets a transaction that also marks
 *   the job done, so its database effects happen exactly once even with
 *   several processes; keep it short (on PGlite it holds the database).
 * - `external`: for effects outside the database (sending mail). The job is
 *   leased, run outside any transaction, then marked done; a crash in between
 *   runs it again, so the handler must be idempotent.
 */
export type JobDefinition =
  | { kind: string; mode?: 'transactional'; maxAttempts?: number; run: (deps: Deps, tx: Tx, job: JobRow) => Promise<void> }
  | { kind: string; mode: 'external'; maxAttempts?: number; leaseMs?: number; run: (deps: Deps, job: JobRow) => Promise<void> };

const definitions = new Map<string, JobDefinition>();

/** A kind of job. Its module lists it in its manifest, which registers it at start (see platform/modules). */
export function defineJob<D extends JobDefinition>(def: D): D {
  return def;
}

/** Registers a job kind; called by `installModules` (tests may register their own). */
export function registerJob(def: JobDefinition) {
  definitions.set(def.kind, def);
}

export const jobDefinition = (kind: string) => definitions.get(kind);
export const registeredJobKinds = () => [...definitions.keys()];
