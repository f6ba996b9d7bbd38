// Writes to one classified record: the locked read checked by the policy, and archive / restore.
import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.ts';
import { type ClassifiedColumns, type ClassifiedRecord, type ResourcePolicy, can, visibleTo } from '../access/policy.ts';
import { diff, recordAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import type { AppError } from '../errors.ts';

/** A classified table (see `classifiedColumns()`). */
export type RecordTable = PgTable & ClassifiedColumns & { id: PgColumn; archivedAt: PgColumn; updatedAt: PgColumn };

/**
 * How to write one kind of classified record. `resource.type` is also the
 * audit record type (`organization` → `organization.archive`).
 */
export type RecordWriteSpec<T extends RecordTable> = {
  table: T;
  resource: ResourcePolicy;
  notFound: () => AppError;
  forbidden: () => AppError;
};

export type RowOf<T extends RecordTable> = T['$inferSelect'] & ClassifiedRecord & { id: string; archivedAt: Date | null };

/**
 * Runs `fn` in one transaction holding the record's row lock, once it is
 * established that `ctx` may see the record (404 otherwise) and do `action`
 * to it (403 otherwise). `fn` gets the record as locked, so two writes to one
 * record happen one after the other and each computes its change and audit
 * entry from what the other committed. Inside `fn`, query with `tx` only.
 *
 * The lock is `FOR NO KEY UPDATE`, the one an `UPDATE` of the row takes: it
 * keeps out other writers of the record, but not the rows that refer to it
 * (a post at an organisation, a meeting of a body).
 */
export async function withRecordForWrite<T extends RecordTable, R>(
  deps: Deps,
  ctx: RequestContext,
  spec: RecordWriteSpec<T>,
  id: string,
  action: 'update' | 'archive',
  fn: (tx: Tx, current: RowOf<T>) => Promise<R>,
): Promise<R> {
  return deps.db.transaction(async (tx) => {
    const table = spec.table as RecordTable;
    const [current] = (await tx
      .select()
      .from(table)
      .where(and(eq(table.id, id), visibleTo(ctx, table)))
      .limit(1)
      .for('no key update')) as RowOf<T>[];
    if (!current) throw spec.notFound();
    if (!can(ctx, action, spec.resource, current)) throw spec.forbidden();
    return fn(tx, current);
  });
}

/**
 * Archives (`archived`) or restores a record the caller has already locked
 * and authorised, audited as `<type>.archive` / `<type>.restore`, and hands
 * the changed row to `afterChange` in the same transaction (search index,
 * calendar). A record already in that state is left as it is, with no audit
 * entry. Returns the record as it now is.
 */
export async function applyArchived<T extends RecordTable>(
  tx: Tx,
  ctx: RequestContext,
  target: { table: T; type: string },
  current: RowOf<T>,
  archived: boolean,
  afterChange?: (tx: Tx, row: RowOf<T>) => Promise<unknown>,
): Promise<RowOf<T>> {
  if ((current.archivedAt !== null) === archived) return current;
  const table = target.table as RecordTable;
  const now = new Date();
  const [after] = (await tx
    .update(table)
    .set({ archivedAt: archived ? now : null, updatedAt: now } as never)
    .where(eq(table.id, current.id))
    .returning()) as RowOf<T>[];
  await recordAudit(tx, ctx, {
    action: `${target.type}.${archived ? 'archive' : 'restore'}`,
    recordType: target.type,
    recordId: current.id,
    changes: diff<Record<string, unknown>>(current, after, ['archivedAt']),
  });
  await afterChange?.(tx, after);
  return after;
}

/** Archive or restore through `withRecordForWrite`: archive hides a record from lists; nothing is deleted. */
export async function setRecordArchived<T extends RecordTable>(
  deps: Deps,
  ctx: RequestContext,
  spec: RecordWriteSpec<T>,
  id: string,
  archived: boolean,
  afterChange?: (tx: Tx, row: RowOf<T>) => Promise<unknown>,
): Promise<RowOf<T>> {
  return withRecordForWrite(deps, ctx, spec, id, 'archive', (tx, current) =>
    applyArchived(tx, ctx, { table: spec.table, type: spec.resource.type }, current, archived, afterChange),
  );
}
