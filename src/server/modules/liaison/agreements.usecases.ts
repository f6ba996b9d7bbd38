// Agreements between organisations: reading, listing, creating, changing and archiving them, with successor links and their renewal alerts.
import { and, arrayContains, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { agreementInputSchema, agreementListQuerySchema, agreementUpdateSchema } from '../../../shared/liaison.ts';
import { allNames } from '../../../shared/names.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { agreements } from '../../db/schema/liaison.table.ts';
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
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPeople, organizationRefs } from '../directory/directory.api.ts';
import { noticeDeadline } from './agreement-dates.ts';
import { syncAgreementAlerts } from './agreement-alerts.job.ts';
import { syncAgreementCalendar } from './liaison.calendar.ts';
import { agreementNotFound, agreementWriteForbidden, invalidPeriod, ownPredecessor, renewalYearsRequired, responsibleNotStaff, unknownAgreement } from './liaison.errors.ts';
import { agreementResource } from './liaison.policy.ts';
import { indexAgreement } from './liaison.search.ts';

type Input = z.output<typeof agreementInputSchema>;
type Update = z.output<typeof agreementUpdateSchema>;
export type AgreementRow = typeof agreements.$inferSelect;

const FIELDS = [
  'names', 'kind', 'partyOrganizationIds', 'signatories', 'signedOn', 'signedAt', 'areas', 'summary', 'validity', 'entryIntoForce', 'expiresOn',
  'renewalYears', 'noticeDays', 'status', 'predecessorId', 'responsibleUserId', 'provenance', 'sourceUrl', ...ACCESS_FIELDS,
] as const;

const sortKeys: Record<'name' | 'signedOn' | 'updatedAt', SortKey<AgreementRow>> = {
  name: { expr: sql`lower(${agreements.nameEn})`, value: (r) => r.nameEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  signedOn: { expr: sql`coalesce(${agreements.signedOn}::text, '')`, value: (r) => r.signedOn ?? '', type: 'text' },
  updatedAt: { expr: sql`${agreements.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

const searchText = (a: Pick<AgreementRow, 'names' | 'areas' | 'signedAt'>) => normaliseForSearch(...allNames(a.names), ...a.areas, a.signedAt);

export async function findAgreement(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await db.select().from(agreements).where(and(eq(agreements.id, id), visibleTo(ctx, agreements))).limit(1);
  return row ?? null;
}

/** Agreements as answered: the parties, predecessor and successors the reader may see, and the notice deadline. */
export async function toAgreementDtos(db: Executor, ctx: RequestContext, rows: AgreementRow[]) {
  const ids = rows.map((r) => r.id);
  const predecessorIds = rows.flatMap((r) => (r.predecessorId ? [r.predecessorId] : []));
  const [orgs, related] = await Promise.all([
    organizationRefs(db, ctx, rows.flatMap((r) => r.partyOrganizationIds)),
    ids.length
      ? db
          .select({ id: agreements.id, names: agreements.names, predecessorId: agreements.predecessorId })
          .from(agreements)
          .where(and(visibleTo(ctx, agreements), or(inArray(agreements.predecessorId, ids), inArray(agreements.id, predecessorIds.length ? predecessorIds : ids))))
      : Promise.resolve([]),
  ]);
  const ref = (a: { id: string; names: { en: string; ru?: string } }) => ({ id: a.id, name: a.names.en, nameRu: a.names.ru ?? null });
  return rows.map((r) => {
    const { searchText: _s, createdBy: _c, sharedParties: _p, sharedOrganizations: _o, restrictedTo: _r, nameEn: _n, ...rest } = r;
    const predecessor = r.predecessorId ? related.find((x) => x.id === r.predecessorId) : undefined;
    return {
      ...rest,
      ...recordMeta(ctx, agreementResource, r),
      parties: r.partyOrganizationIds.flatMap((id) => {
        const o = orgs.get(id);
        return o ? [{ id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null }] : [];
      }),
      partyOrganizationIds: r.partyOrganizationIds.filter((id) => orgs.has(id)),
      noticeDeadline: noticeDeadline(r),
      predecessorId: predecessor ? r.predecessorId : null,
      predecessor: predecessor ? ref(predecessor) : null,
      successors: related.filter((x) => x.predecessorId === r.id).map(ref),
      provenance: r.provenance ?? 'INVENTED',
    };
  });
}

export async function getAgreement(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findAgreement(deps.db, ctx, id);
  if (!row) throw agreementNotFound();
  const [dto] = await toAgreementDtos(deps.db, ctx, [row]);
  return dto;
}

export async function listAgreements(deps: Deps, ctx: RequestContext, q: z.output<typeof agreementListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listRecords(deps.db, ctx, agreements, q, {
    where: [
      q.status ? eq(agreements.status, q.status) : undefined,
      q.organizationId ? arrayContains(agreements.partyOrganizationIds, [q.organizationId]) : undefined,
      q.area ? arrayContains(agreements.areas, [q.area]) : undefined,
      term ? like(agreements.searchText, containsPattern(term)) : undefined,
    ],
    sortKeys,
  });
  return { ...res, items: await toAgreementDtos(deps.db, ctx, res.items) };
}

async function checkInput(db: Executor, ctx: RequestContext, id: string | null, input: Update, current?: AgreementRow) {
  await checkOrganizations(db, ctx, input.partyOrganizationIds ?? [], 'partyOrganizationIds');
  await checkPeople(db, ctx, (input.signatories ?? []).map((s) => s.personId), 'signatories');
  if (input.predecessorId) {
    if (input.predecessorId === id) throw ownPredecessor();
    const [p] = await db.select({ id: agreements.id }).from(agreements).where(and(eq(agreements.id, input.predecessorId), visibleTo(ctx, agreements)));
    if (!p) throw unknownAgreement('predecessorId');
  }
  if (input.responsibleUserId) {
    const [u] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, input.responsibleUserId), sql`${users.role} in ('admin','head','staff')`));
    if (!u) throw responsibleNotStaff();
  }
  const merged = { ...current, ...definedOnly(input) };
  if (merged.entryIntoForce && merged.expiresOn && merged.expiresOn < merged.entryIntoForce) throw invalidPeriod('expiresOn');
  if (merged.validity === 'automatic_renewal' && !merged.renewalYears) throw renewalYearsRequired();
}

/** After every write: search, calendar and the alerts follow the stored row. */
async function afterWrite(tx: Tx, row: AgreementRow, before: AgreementRow | null) {
  await indexAgreement(tx, row);
  await syncAgreementCalendar(tx, row);
  await syncAgreementAlerts(tx, row, before);
}

export async function createAgreement(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, agreementResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkInput(deps.db, ctx, null, input);
  const { classification: _c, sharedWith: _s, restrictedTo: _r, ...fields } = input;
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values({ ...fields, signatories: fields.signatories.map((s) => ({ personId: s.personId ?? null, name: s.name, post: s.post ?? null })), ...accessColumns(access), searchText: searchText(fields), createdBy: ctx.viewer?.id ?? null, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, ctx, { action: 'agreement.create', recordType: 'agreement', recordId: row.id, changes: diff(null, row, FIELDS) });
    await afterWrite(tx, row, null);
    return row.id;
  });
  return getAgreement(deps, ctx, id);
}

export const agreementRecord: RecordWriteSpec<typeof agreements> = { table: agreements, resource: agreementResource, notFound: agreementNotFound, forbidden: agreementWriteForbidden };

export async function updateAgreement(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, agreementRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, agreementResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkInput(tx, ctx, id, input, current);
    const { classification: _c, sharedWith: _s, restrictedTo: _r, ...fields } = input;
    const defined = definedOnly(fields);
    const [after] = await tx
      .update(agreements)
      .set({ ...defined, ...(access ? accessColumns(access) : {}), searchText: searchText({ ...current, ...defined }), updatedAt: new Date() } as never)
      .where(eq(agreements.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'agreement.update', recordType: 'agreement', recordId: id, changes });
    await afterWrite(tx, after, current);
  });
  return getAgreement(deps, ctx, id);
}

export async function setAgreementArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, agreementRecord, id, archived, (tx, row) => afterWrite(tx, row, { ...row, archivedAt: archived ? null : new Date() }));
  return getAgreement(deps, ctx, id);
}

/** Agreements among `ids` the reader may see (for the graph and other modules). */
export async function visibleAgreements(db: Executor, ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(agreements).where(and(inArray(agreements.id, ids), visibleTo(ctx, agreements)));
}
