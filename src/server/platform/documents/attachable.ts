// Which records documents attach to: the record types declared `attachable` in the record-type registry.
import type { Executor } from '../../db/client.ts';
import type { ClassifiedRecord } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';
import { loadRecord, recordType } from '../records/record-types.ts';

/**
 * A kind of record that documents can be attached to: a record type its
 * module declared with `attachable: true` (`platform/records/record-types.ts`),
 * so the documents service never reads another module's tables.
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
   * shared with them (the policy's `externalContributors` of the record's type).
   */
  externalContributors: boolean;
};

export function attachable(type: string): Attachable | undefined {
  const kind = recordType(type);
  const path = kind?.path;
  if (!kind?.attachable || !path) return undefined;
  return {
    type,
    loadAccess: async (db, ctx, recordId) => (await loadRecord(db, ctx, { recordType: type, recordId }))?.access ?? null,
    path,
    externalContributors: kind.policy.externalContributors,
  };
}
