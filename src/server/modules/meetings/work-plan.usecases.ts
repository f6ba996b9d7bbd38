// A body's work plan lines: listing, adding, changing and removing them.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { workPlanLineInputSchema, workPlanLineUpdateSchema } from '../../../shared/meetings.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { workPlanLines } from '../../db/schema/meetings.table.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { dropLinksOf } from '../../platform/records/links.ts';
import type { RecordRef } from '../../platform/records/record-types.ts';
import { checkPartyCodes } from '../directory/directory.api.ts';
import { withRecordForWrite } from '../../platform/records/write.ts';
import { findBody } from './bodies.repository.ts';
import { bodyRecord } from './bodies.usecases.ts';
import { linksOf, setLinks } from './links.ts';
import { bodyNotFound, workPlanCodeTaken, workPlanLineNotFound } from './meetings.errors.ts';
import { definedOnly } from '../../platform/records/patch.ts';

type Input = z.output<typeof workPlanLineInputSchema>;
type Update = z.output<typeof workPlanLineUpdateSchema>;
type Row = typeof workPlanLines.$inferSelect;
const FIELDS = ['code', 'title', 'ownerPartyCode', 'targetDate', 'status', 'progress'] as const;

const toDto = (r: Row, links: Map<string, RecordRef[]>) => ({ ...r, links: links.get(r.id) ?? [], createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() });
const withLinks = async (db: Executor, ctx: RequestContext, r: Row) => toDto(r, await linksOf(db, ctx, 'work_plan_line', [r.id]));

/** A body's work plan lines in code order; they are visible with the body. */
export async function listWorkPlan(deps: Deps, ctx: RequestContext, bodyId: string) {
  if (!(await findBody(deps.db, ctx, bodyId))) throw bodyNotFound();
  const rows = await deps.db.select().from(workPlanLines).where(eq(workPlanLines.bodyId, bodyId)).orderBy(asc(workPlanLines.code), asc(workPlanLines.id));
  const links = await linksOf(deps.db, ctx, 'work_plan_line', rows.map((r) => r.id));
  return { items: rows.map((r) => toDto(r, links)), nextCursor: null, total: rows.length };
}

async function checkLine(db: Executor, bodyId: string, id: string | null, input: Update) {
  await checkPartyCodes(db, [input.ownerPartyCode], 'ownerPartyCode');
  if (input.code !== undefined) {
    const clash = await db
      .select({ id: workPlanLines.id })
      .from(workPlanLines)
      .where(and(eq(workPlanLines.bodyId, bodyId), eq(workPlanLines.code, input.code), id ? ne(workPlanLines.id, id) : undefined))
      .limit(1);
    if (clash.length) throw workPlanCodeTaken();
  }
}

/** The line, locked for the rest of `tx`; the caller holds the body's lock. */
async function lockLine(tx: Tx, bodyId: string, id: string) {
  const [row] = await tx.select().from(workPlanLines).where(and(eq(workPlanLines.id, id), eq(workPlanLines.bodyId, bodyId))).limit(1).for('update');
  if (!row) throw workPlanLineNotFound();
  return row;
}

export async function addWorkPlanLine(deps: Deps, ctx: RequestContext, bodyId: string, input: Input) {
  const row = await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx) => {
    await checkLine(tx, bodyId, null, input);
    const [r] = await tx
      .insert(workPlanLines)
      .values({ bodyId, code: input.code, title: input.title, ownerPartyCode: input.ownerPartyCode ?? null, targetDate: input.targetDate ?? null, status: input.status, progress: input.progress })
      .returning();
    await recordAudit(tx, ctx, { action: 'work_plan_line.create', recordType: 'work_plan_line', recordId: r.id, changes: { bodyId: { after: bodyId }, ...diff(null, r, FIELDS) } });
    await setLinks(tx, ctx, 'work_plan_line', r.id, input.links);
    return r;
  });
  return withLinks(deps.db, ctx, row);
}

export async function updateWorkPlanLine(deps: Deps, ctx: RequestContext, bodyId: string, id: string, input: Update) {
  const row = await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx) => {
    const current = await lockLine(tx, bodyId, id);
    await checkLine(tx, bodyId, id, input);
    const { links, ...fields } = input;
    const defined = definedOnly(fields);
    const [after] = await tx.update(workPlanLines).set({ ...defined, updatedAt: new Date() }).where(eq(workPlanLines.id, id)).returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'work_plan_line.update', recordType: 'work_plan_line', recordId: id, changes });
    await setLinks(tx, ctx, 'work_plan_line', id, links);
    return after;
  });
  return withLinks(deps.db, ctx, row);
}

export async function removeWorkPlanLine(deps: Deps, ctx: RequestContext, bodyId: string, id: string) {
  await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx) => {
    const current = await lockLine(tx, bodyId, id);
    await dropLinksOf(tx, ctx, { recordType: 'work_plan_line', recordId: id });
    await tx.delete(workPlanLines).where(eq(workPlanLines.id, id));
    await recordAudit(tx, ctx, { action: 'work_plan_line.delete', recordType: 'work_plan_line', recordId: id, changes: { bodyId: { before: bodyId }, ...diff(current, null, FIELDS) } });
  });
}
