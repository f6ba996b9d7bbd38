import { and, asc, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { workPlanLineInputSchema, workPlanLineUpdateSchema } from '../../../shared/meetings.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { workPlanLines } from '../../db/schema/index.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkPartyCodes } from '../directory/directory.references.ts';
import { withRecordForWrite } from '../directory/record-write.ts';
import { findBody } from './bodies.repository.ts';
import { bodyRecord } from './bodies.usecases.ts';
import { checkLinks } from './links.ts';
import { bodyNotFound, workPlanCodeTaken, workPlanLineNotFound } from './meetings.errors.ts';

type Input = z.output<typeof workPlanLineInputSchema>;
type Update = z.output<typeof workPlanLineUpdateSchema>;
type Row = typeof workPlanLines.$inferSelect;
const FIELDS = ['code', 'title', 'ownerPartyCode', 'targetDate', 'status', 'progress', 'links'] as const;

const toDto = (r: Row) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() });

/** A body's work plan lines in code order; they are visible with the body. */
export async function listWorkPlan(deps: Deps, ctx: RequestContext, bodyId: string) {
  if (!(await findBody(deps.db, ctx, bodyId))) throw bodyNotFound();
  const rows = await deps.db.select().from(workPlanLines).where(eq(workPlanLines.bodyId, bodyId)).orderBy(asc(workPlanLines.code), asc(workPlanLines.id));
  return { items: rows.map(toDto), nextCursor: null, total: rows.length };
}

async function checkLine(db: Executor, ctx: RequestContext, bodyId: string, id: string | null, input: Update) {
  await checkPartyCodes(db, [input.ownerPartyCode], 'ownerPartyCode');
  if (input.links) await checkLinks(db, ctx, input.links, 'links');
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
    await checkLine(tx, ctx, bodyId, null, input);
    const [r] = await tx
      .insert(workPlanLines)
      .values({ bodyId, code: input.code, title: input.title, ownerPartyCode: input.ownerPartyCode ?? null, targetDate: input.targetDate ?? null, status: input.status, progress: input.progress, links: input.links })
      .returning();
    await recordAudit(tx, ctx, { action: 'work_plan_line.create', recordType: 'work_plan_line', recordId: r.id, changes: { bodyId: { after: bodyId }, ...diff(null, r, FIELDS) } });
    return r;
  });
  return toDto(row);
}

export async function updateWorkPlanLine(deps: Deps, ctx: RequestContext, bodyId: string, id: string, input: Update) {
  const row = await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx) => {
    const current = await lockLine(tx, bodyId, id);
    await checkLine(tx, ctx, bodyId, id, input);
    const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<Row>;
    const [after] = await tx.update(workPlanLines).set({ ...defined, updatedAt: new Date() }).where(eq(workPlanLines.id, id)).returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'work_plan_line.update', recordType: 'work_plan_line', recordId: id, changes });
    return after;
  });
  return toDto(row);
}

export async function removeWorkPlanLine(deps: Deps, ctx: RequestContext, bodyId: string, id: string) {
  await withRecordForWrite(deps, ctx, bodyRecord, bodyId, 'update', async (tx) => {
    const current = await lockLine(tx, bodyId, id);
    await tx.delete(workPlanLines).where(eq(workPlanLines.id, id));
    await recordAudit(tx, ctx, { action: 'work_plan_line.delete', recordType: 'work_plan_line', recordId: id, changes: { bodyId: { before: bodyId }, ...diff(current, null, FIELDS) } });
  });
}
