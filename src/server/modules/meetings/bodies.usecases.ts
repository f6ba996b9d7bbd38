// Bodies (committees and mechanisms): reading, searching, their health, creating, changing and archiving them.
import { allNames, type Names } from '../../../shared/names.ts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { CODELISTS } from '../../../shared/codelists.ts';
import type { bodyInputSchema, bodyListQuerySchema, bodyUpdateSchema } from '../../../shared/meetings.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { bodies } from '../../db/schema/meetings.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkCodes } from '../../platform/records/codelists.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { checkPartyCodes } from '../directory/directory.api.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import {
  bodyCycle,
  bodyNotFound,
  bodyWriteForbidden,
  responsibleNotStaff,
  rotationNotMember,
  rotationRepeats,
  unknownParentBody,
} from './meetings.errors.ts';
import { bodyResource } from './meetings.policy.ts';
import { syncBodyDueCalendar } from './meetings.calendar.ts';
import { indexBody } from './meetings.search.ts';
import { type BodyRow, type BodyWithParent, type CoordinatorRow, allActiveBodies, coordinatorsOf, findBody, listBodies, meetingFactsOf } from './bodies.repository.ts';
import { deriveHealth } from './cadence.ts';
import { coordination } from './rotation.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { wouldCycle } from '../../platform/records/tree.ts';

type Input = z.output<typeof bodyInputSchema>;
type Update = z.output<typeof bodyUpdateSchema>;
type Health = ReturnType<typeof deriveHealth>;

const FIELDS = ['names', 'acronym', 'kind', 'sectors', 'dacCodes', 'parentId', 'memberParties', 'cadenceMonths', 'dueSoonDays', 'rotationOrder', 'responsibleUserIds', 'decisionPrefix', 'notes', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;
const searchText = (b: { names: Names; acronym?: string | null; decisionPrefix?: string | null }) =>
  normaliseForSearch(...allNames(b.names), b.acronym, b.decisionPrefix);

export const toCoordinatorDto = (c: CoordinatorRow) => ({
  id: c.id,
  bodyId: c.bodyId,
  partyCode: c.partyCode,
  role: c.role,
  fromDate: c.fromDate,
  toDate: c.toDate,
  provenance: c.provenance,
  sourceUrl: c.sourceUrl,
});

export function toBodyDto(ctx: RequestContext, b: BodyWithParent, health: Health, coordinators: CoordinatorRow[]) {
  const { current, nextPartyCode } = coordination(coordinators, b.rotationOrder);
  const { searchText: _s, nameEn: _n, createdBy: _c, sharedParties: _p, sharedOrganizations: _o, restrictedTo: _r, parent, ...rest } = b;
  return {
    ...rest,
    ...recordMeta(ctx, bodyResource, b),
    // A parent the user may not see is not revealed, not even by its id.
    parentId: parent ? b.parentId : null,
    parent,
    health,
    currentCoordinator: current ? toCoordinatorDto(current) : null,
    nextCoordinatorPartyCode: nextPartyCode,
  };
}

/** Bodies with their derived health and coordination, in two batched queries. */
async function withDerived(db: Executor, ctx: RequestContext, rows: BodyWithParent[], now = new Date()) {
  const ids = rows.map((r) => r.id);
  const [{ last, next }, coordinators] = await Promise.all([meetingFactsOf(db, ctx, ids, now), coordinatorsOf(db, ids)]);
  return rows.map((b) => toBodyDto(ctx, b, deriveHealth(b, last.get(b.id) ?? null, next.get(b.id) ?? null, now), coordinators.get(b.id) ?? []));
}

export async function getBody(deps: Deps, ctx: RequestContext, id: string) {
  const b = await findBody(deps.db, ctx, id);
  if (!b) throw bodyNotFound();
  return (await withDerived(deps.db, ctx, [b]))[0];
}

export async function searchBodies(deps: Deps, ctx: RequestContext, q: z.output<typeof bodyListQuerySchema>) {
  const res = await listBodies(deps.db, ctx, q);
  return { ...res, items: await withDerived(deps.db, ctx, res.items) };
}

const SEVERITY = { overdue: 0, due_soon: 1, scheduled: 2, ok: 3, irregular: 4 } as const;

/** The mechanisms health view: every visible active body, the most pressing first. */
export async function bodiesHealth(deps: Deps, ctx: RequestContext, now = new Date()) {
  const rows = await allActiveBodies(deps.db, ctx);
  const items = (await withDerived(deps.db, ctx, rows, now)).sort(
    (a, b) => SEVERITY[a.health.state] - SEVERITY[b.health.state] || (a.health.nextDueOn ?? '9999').localeCompare(b.health.nextDueOn ?? '9999'),
  );
  return { items, nextCursor: null, total: items.length };
}

async function checkReferences(db: Executor, ctx: RequestContext, id: string | null, input: Update, current?: BodyRow) {
  await checkPartyCodes(db, input.memberParties ?? [], 'memberParties');
  await checkPartyCodes(db, input.rotationOrder ?? [], 'rotationOrder');
  // New sectors and DAC codes must come from their lists; values the body already has are kept as they are.
  await checkCodes(db, CODELISTS.missionSector, input.sectors ?? [], 'sectors', { keep: current?.sectors });
  await checkCodes(db, CODELISTS.dacSector, input.dacCodes ?? [], 'dacCodes', { keep: current?.dacCodes });
  const members = input.memberParties ?? current?.memberParties ?? [];
  const rotation = input.rotationOrder ?? current?.rotationOrder ?? [];
  const outsider = rotation.find((p) => !members.includes(p));
  if (outsider) throw rotationNotMember(outsider);
  if (new Set(rotation).size !== rotation.length) throw rotationRepeats();
  const staff = [...new Set(input.responsibleUserIds ?? [])];
  if (staff.length) {
    const found = await db.select({ id: users.id }).from(users).where(and(inArray(users.id, staff), sql`${users.role} in ('admin','head','staff')`));
    if (found.length !== staff.length) throw responsibleNotStaff();
  }
  if (input.parentId) {
    if (!(await findBody(db, ctx, input.parentId))) throw unknownParentBody();
    if (id && (input.parentId === id || (await wouldCycle(db, bodies, id, input.parentId)))) throw bodyCycle();
  }
}

export async function createBody(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, bodyResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkReferences(deps.db, ctx, null, input);
  const { classification, sharedWith, restrictedTo, ...fields } = input;
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bodies)
      .values({
        ...fields,
        ...accessColumns(access),
        parentId: fields.parentId ?? null,
        cadenceMonths: fields.cadenceMonths ?? null,
        decisionPrefix: fields.decisionPrefix ?? null,
        provenance: fields.provenance ?? null,
        sourceUrl: fields.sourceUrl ?? null,
        searchText: searchText(fields),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'body.create', recordType: 'body', recordId: row.id, changes: diff(null, row, FIELDS) });
    await indexBody(tx, row);
    await syncBodyDueCalendar(tx, row);
    return row.id;
  });
  return getBody(deps, ctx, id);
}

/** Writes to a body and to its parts (coordinators, work plan) go through `withRecordForWrite` with this. */
export const bodyRecord: RecordWriteSpec<typeof bodies> = {
  table: bodies,
  resource: bodyResource,
  notFound: bodyNotFound,
  forbidden: bodyWriteForbidden,
};

export async function updateBody(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, bodyRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, bodyResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkReferences(tx, ctx, id, input, current);
    const { classification, sharedWith, restrictedTo, ...fields } = input;
    const defined = definedOnly(fields);
    const [after] = await tx
      .update(bodies)
      .set({ ...defined, ...(access ? accessColumns(access) : {}), searchText: searchText({ ...current, ...defined }), updatedAt: new Date() })
      .where(eq(bodies.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'body.update', recordType: 'body', recordId: id, changes });
    await indexBody(tx, after);
    await syncBodyDueCalendar(tx, after);
  });
  return getBody(deps, ctx, id);
}

/** Archive hides a body from lists and the health view (it stays readable and can be restored). */
export async function setBodyArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, bodyRecord, id, archived, async (tx, row) => {
    await indexBody(tx, row);
    await syncBodyDueCalendar(tx, row);
  });
  return getBody(deps, ctx, id);
}
