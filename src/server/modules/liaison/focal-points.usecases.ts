// Focal points: who the contact is at an organisation for an area, from/to; vacant when the term or the person's post there has ended; the "who do I call" lookup.
import { and, eq, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { focalLookupQuerySchema, focalPointInputSchema, focalPointListQuerySchema, focalPointUpdateSchema } from '../../../shared/liaison.ts';
import type { Executor } from '../../db/client.ts';
import { focalPoints } from '../../db/schema/liaison.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { containsPattern } from '../../platform/text.ts';
import { checkOrganizations, checkPeople, organizationRefs, personRefs, postsAt } from '../directory/directory.api.ts';
import { focalPointNotFound, focalPointWriteForbidden, invalidPeriod } from './liaison.errors.ts';
import { focalPointResource } from './liaison.policy.ts';
import { missionToday } from './requests.usecases.ts';

type Input = z.output<typeof focalPointInputSchema>;
type Update = z.output<typeof focalPointUpdateSchema>;
export type FocalPointRow = typeof focalPoints.$inferSelect;

const FIELDS = ['organizationId', 'area', 'personId', 'fromDate', 'toDate', 'notes', ...ACCESS_FIELDS] as const;

const sortKeys: Record<'area' | 'updatedAt', SortKey<FocalPointRow>> = {
  area: { expr: sql`lower(${focalPoints.area})`, value: (r) => r.area, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${focalPoints.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

/** Is a term (from/to) running on `day`? */
const covers = (from: string | null, to: string | null, day: string) => (!from || from <= day) && (!to || to >= day);

/**
 * Focal points as answered. A focal point is vacant when its own term has
 * ended or not begun, or when the person holds no post at the organisation
 * today — a post that ended makes it vacant rather than silently wrong.
 */
export async function toFocalPointDtos(db: Executor, ctx: RequestContext, rows: FocalPointRow[], today = missionToday()) {
  const [orgs, persons, posts] = await Promise.all([
    organizationRefs(db, ctx, rows.map((r) => r.organizationId)),
    personRefs(db, ctx, rows.map((r) => r.personId)),
    postsAt(db, ctx, rows.map((r) => r.personId), rows.map((r) => r.organizationId)),
  ]);
  return rows.map((r) => {
    const o = orgs.get(r.organizationId);
    const p = persons.get(r.personId);
    const post = posts.find((x) => x.personId === r.personId && x.organizationId === r.organizationId && covers(x.fromDate, x.toDate, today));
    return {
      ...recordMeta(ctx, focalPointResource, r),
      organizationId: r.organizationId,
      organization: o ? { id: o.id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null } : null,
      area: r.area,
      personId: r.personId,
      person: p ? { id: p.id, name: p.nameLatin ?? p.fullName, nameRu: p.nameRu } : null,
      post: post?.title ?? null,
      fromDate: r.fromDate,
      toDate: r.toDate,
      notes: r.notes,
      vacant: !covers(r.fromDate, r.toDate, today) || !post || !p,
    };
  });
}

export async function findFocalPoint(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await db.select().from(focalPoints).where(and(eq(focalPoints.id, id), visibleTo(ctx, focalPoints))).limit(1);
  return row ?? null;
}

export async function getFocalPoint(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findFocalPoint(deps.db, ctx, id);
  if (!row) throw focalPointNotFound();
  const [dto] = await toFocalPointDtos(deps.db, ctx, [row]);
  return dto;
}

const areaMatches = (area: string) => like(sql`lower(${focalPoints.area})`, containsPattern(area.toLowerCase()));

export async function listFocalPoints(deps: Deps, ctx: RequestContext, q: z.output<typeof focalPointListQuerySchema>) {
  const today = missionToday();
  const res = await listRecords(deps.db, ctx, focalPoints, q, {
    where: [
      q.organizationId ? eq(focalPoints.organizationId, q.organizationId) : undefined,
      q.area ? areaMatches(q.area) : undefined,
      q.q ? areaMatches(q.q) : undefined,
      q.current === 'true' ? sql`(${focalPoints.toDate} is null or ${focalPoints.toDate} >= ${today}::date)` : undefined,
    ],
    sortKeys,
  });
  return { ...res, items: await toFocalPointDtos(deps.db, ctx, res.items, today) };
}

/** "Who do I call at <organisation> about <area>?": the focal points for that area whose term runs today, the vacant ones flagged. */
export async function lookupFocalPoint(deps: Deps, ctx: RequestContext, q: z.output<typeof focalLookupQuerySchema>) {
  const today = missionToday();
  const rows = await deps.db
    .select()
    .from(focalPoints)
    .where(
      and(
        visibleTo(ctx, focalPoints),
        sql`${focalPoints.archivedAt} is null`,
        eq(focalPoints.organizationId, q.organizationId),
        areaMatches(q.area),
        sql`(${focalPoints.toDate} is null or ${focalPoints.toDate} >= ${today}::date)`,
      ),
    )
    .orderBy(focalPoints.area)
    .limit(20);
  const items = await toFocalPointDtos(deps.db, ctx, rows, today);
  // Someone to call first; vacant posts after, so the gap is seen.
  return { items: [...items.filter((i) => !i.vacant), ...items.filter((i) => i.vacant)] };
}

async function checkInput(db: Executor, ctx: RequestContext, input: Update, current?: FocalPointRow) {
  await checkOrganizations(db, ctx, [input.organizationId], 'organizationId');
  await checkPeople(db, ctx, [input.personId], 'personId');
  const merged = { ...current, ...definedOnly(input) };
  if (merged.fromDate && merged.toDate && merged.toDate < merged.fromDate) throw invalidPeriod('toDate');
}

export async function createFocalPoint(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, focalPointResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkInput(deps.db, ctx, input);
  const { classification: _c, sharedWith: _s, restrictedTo: _r, ...fields } = input;
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx.insert(focalPoints).values({ ...fields, ...accessColumns(access), createdBy: ctx.viewer?.id ?? null }).returning();
    await recordAudit(tx, ctx, { action: 'focal_point.create', recordType: 'focal_point', recordId: row.id, changes: diff(null, row, FIELDS) });
    return row.id;
  });
  return getFocalPoint(deps, ctx, id);
}

export const focalPointRecord: RecordWriteSpec<typeof focalPoints> = { table: focalPoints, resource: focalPointResource, notFound: focalPointNotFound, forbidden: focalPointWriteForbidden };

export async function updateFocalPoint(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, focalPointRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, focalPointResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkInput(tx, ctx, input, current);
    const { classification: _c, sharedWith: _s, restrictedTo: _r, ...fields } = input;
    const [after] = await tx
      .update(focalPoints)
      .set({ ...definedOnly(fields), ...(access ? accessColumns(access) : {}), updatedAt: new Date() })
      .where(eq(focalPoints.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'focal_point.update', recordType: 'focal_point', recordId: id, changes });
  });
  return getFocalPoint(deps, ctx, id);
}

export async function setFocalPointArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, focalPointRecord, id, archived);
  return getFocalPoint(deps, ctx, id);
}
