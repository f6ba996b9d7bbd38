// Record types documents can be attached to, each with how to load its access.
import type { Executor } from '../../db/client.ts';
import type { ClassifiedRecord } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';

/**
 * A kind of record that documents can be attached to. Each module declares
 * its own in its manifest, so the documents service never reads another
 * module's tables.
 */
export type Attachable = {
  /** The record type, as in `documents.record_type` and the audit log (`organization`). */
  type: string;
  /**
   * The record's access fields as seen by `ctx`: null when the record does
   * not exist or `ctx` may not see it (the two are indistinguishable).
   */
  loadAccess(db: Executor, ctx: RequestContext, recordId: string): Promise<ClassifiedRecord | null>;
  /** Web path of the record. */
  path(recordId: string): string;
  /**
   * Whether delegates and liaison officers may attach documents to records
   * shared with them (as the access policy's `externalContributors`).
   * Default false: only the mission attaches.
   */
  externalContributors?: boolean;
};

const attachables = new Map<string, Attachable>();

/** A kind of record documents attach to; listed in its module's manifest. */
export function defineAttachable(a: Attachable): Attachable {
  return a;
}

/** Registers an attachable record type; called by `installModules`. */
export function registerAttachable(a: Attachable) {
  attachables.set(a.type, a);
}

export const attachable = (type: string) => attachables.get(type);
export const attachableTypes = () => [...attachables.keys()];
