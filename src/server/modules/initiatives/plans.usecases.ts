// Plans of action and their action lines: reading, creating, changing and archiving them, the launched count, and linking initiatives to action lines.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { LAUNCHED_STAGES, type actionLineInputSchema, type planInputSchema, type planListQuerySchema, type planUpdateSchema } from '../../../shared/initiatives.ts';
import type { Executor } from '../../db/client.ts';
import { recordLinks } from '../../db/schema/links.table.ts';
import { actionLines, initiatives, plans } from '../../db/schema/initiatives.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { linkedRefs, replaceLinks } from '../../platform/records/links.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { actionLineCodeTaken, initiativeNotFound, planNotFound, planWriteForbidden, planYears } from './initiatives.errors.ts';
import { planResource } from './initiatives.policy.ts';
import { findInitiative } from './initiatives.repository.ts';
import { indexPlan } from './initiatives.search.ts';
import { initiativeRecord } from './initiatives.usecases.ts';

type PlanRow = typeof plans.$inferSelect;
const FIELDS = ['titleEn', 'titleRu', 'fromYear', 'toYear', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;
/** The kind of link from an initiative to the action lines it advances. */
export const ADVANCES = 'advances';
const sortKeys: Record<'title' | 'updatedAt', SortKey<PlanRow>> = {
  title: { expr: sql`lower(${plans.titleEn})`, value: (r) => r.titleEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${plans.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

async function findPlan(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await db.select().from(plans).where(and(eq(plans.id, id), visibleTo(ctx, plans)));
  return row ?? null;
}

/**
 * The action lines of the plans, each with the initiatives (visible to the
 * reader, not archived) that advance it, and whether it is launched: one of
 * them is in implementation or later.
 */
async function linesOf(db: Executor, ctx: RequestContext, planIds: string[]) {
  if (planIds.length === 0) return [];
  const lines = await db.select().from(actionLines).where(inArray(actionLines.planId, planIds)).orderBy(asc(actionLines.planId), asc(actionLines.code));
  const ids = lines.map((l) => l.id);
  const links = ids.length
    ? await db
        .select({ lineId: recordLinks.toId, id: initiatives.id, reference: initiatives.reference, title: initiatives.titleEn, stage: initiatives.stage })
        .from(recordLinks)
        .innerJoin(initiatives, eq(initiatives.id, recordLinks.fromId))
        .where(and(eq(recordLinks.fromType, 'initiative'), eq(recordLinks.toType, 'action_line'), eq(recordLinks.kind, ADVANCES), inArray(recordLinks.toId, ids), visibleTo(ctx, initiatives), sql`${initiatives.archivedAt} is null`))
        .orderBy(asc(initiatives.reference))
    : [];
  return lines.map((l) => {
    const items = links.filter((x) => x.lineId === l.id).map(({ lineId: _l, ...i }) => i);
    return { id: l.id, planId: l.planId, pillar: l.pillar, code: l.code, title: l.title, initiatives: items, launched: items.some((i) => LAUNCHED_STAGES.includes(i.stage)) };
  });
}

function toPlanDto(ctx: RequestContext, p: PlanRow, lines: Awaited<ReturnType<typeof linesOf>>) {
  const own = lines.filter((l) => l.planId === p.id);
  const { createdBy: _c, sharedParties: _p, sharedOrganizations: _o, restrictedTo: _r, ...rest } = p;
  return { ...rest, ...recordMeta(ctx, planResource, p), lineCount: own.length, launchedCount: own.filter((l) => l.launched).length, lines: own };
}

export async function getPlan(deps: Deps, ctx: RequestContext, id: string) {
  const p = await findPlan(deps.db, ctx, id);
  if (!p) throw planNotFound();
  return toPlanDto(ctx, p, await linesOf(deps.db, ctx, [id]));
}

export async function searchPlans(deps: Deps, ctx: RequestContext, q: z.output<typeof planListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listRecords(deps.db, ctx, plans, q, { where: [term ? sql`lower(${plans.titleEn}) like ${containsPattern(term)}` : undefined], sortKeys });
  const lines = await linesOf(deps.db, ctx, res.items.map((p) => p.id));
  return { ...res, items: res.items.map((p) => toPlanDto(ctx, p, lines)) };
}

export async function createPlan(deps: Deps, ctx: RequestContext, input: z.output<typeof planInputSchema>) {
  const access = accessForCreate(ctx, planResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  if (input.toYear < input.fromYear) throw planYears();
  const { classification, sharedWith, restrictedTo, ...fields } = input;
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx.insert(plans).values({ ...fields, ...accessColumns(access), createdBy: ctx.viewer?.id ?? null, createdAt: now, updatedAt: now }).returning();
    await recordAudit(tx, ctx, { action: 'plan.create', recordType: 'plan', recordId: row.id, changes: diff(null, row, FIELDS) });
    await indexPlan(tx, row);
    return row.id;
  });
  return getPlan(deps, ctx, id);
}

export const planRecord: RecordWriteSpec<typeof plans> = { table: plans, resource: planResource, notFound: planNotFound, forbidden: planWriteForbidden };

export async function updatePlan(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof planUpdateSchema>) {
  await withRecordForWrite(deps, ctx, planRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, planResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    if ((input.toYear ?? current.toYear) < (input.fromYear ?? current.fromYear)) throw planYears();
    const { classification, sharedWith, restrictedTo, ...fields } = input;
    const [after] = await tx.update(plans).set({ ...definedOnly(fields), ...(access ? accessColumns(access) : {}), updatedAt: new Date() }).where(eq(plans.id, id)).returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'plan.update', recordType: 'plan', recordId: id, changes });
    await indexPlan(tx, after);
  });
  return getPlan(deps, ctx, id);
}

export async function setPlanArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, planRecord, id, archived, indexPlan);
  return getPlan(deps, ctx, id);
}

/** Adds a numbered action line under a pillar (its number is unique within the plan). */
export async function addActionLine(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof actionLineInputSchema>) {
  await withRecordForWrite(deps, ctx, planRecord, id, 'update', async (tx) => {
    const [taken] = await tx.select({ id: actionLines.id }).from(actionLines).where(and(eq(actionLines.planId, id), eq(actionLines.code, input.code)));
    if (taken) throw actionLineCodeTaken();
    const [row] = await tx.insert(actionLines).values({ planId: id, ...input }).returning();
    await recordAudit(tx, ctx, { action: 'plan.action_line_add', recordType: 'plan', recordId: id, changes: { actionLine: { after: { code: row.code, pillar: row.pillar, title: row.title } } } });
  });
  return getPlan(deps, ctx, id);
}

/** The action lines an initiative advances (those the reader may see). */
export async function initiativeActionLines(deps: Deps, ctx: RequestContext, id: string) {
  if (!(await findInitiative(deps.db, ctx, id))) throw initiativeNotFound();
  const refs = (await linkedRefs(deps.db, ctx, 'initiative', [id], ADVANCES)).get(id) ?? [];
  return { actionLineIds: refs.map((r) => r.recordId) };
}

/** Sets the action lines an initiative advances; lines the writer cannot see stay linked. */
export async function setInitiativeActionLines(deps: Deps, ctx: RequestContext, id: string, actionLineIds: string[]) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx) => {
    await replaceLinks(tx, ctx, { recordType: 'initiative', recordId: id }, actionLineIds.map((recordId) => ({ recordType: 'action_line', recordId })), ADVANCES, 'actionLineIds');
  });
  return initiativeActionLines(deps, ctx, id);
}
