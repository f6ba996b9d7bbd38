// Liaison requests: reading, listing, creating, changing and archiving them, as answered to the reader (internal notes for the mission only).
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { FINAL_LIAISON_STATUSES, forwardStatuses, type liaisonRequestInputSchema, type liaisonRequestListQuerySchema, type liaisonRequestUpdateSchema } from '../../../shared/liaison.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { agreements, liaisonRequests } from '../../db/schema/liaison.table.ts';
import { accessForCreate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { canAct, can, organizationScopedAccess, readsMissionOnly, visibleTo } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { localDate } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { allocateNumber } from '../../platform/records/numbering.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPeople, organizationRefs, personRefs } from '../directory/directory.api.ts';
import { classifyForbidden } from '../../platform/access/access.errors.ts';
import { MISSION_TIME_ZONE, syncRequestCalendar } from './liaison.calendar.ts';
import { liaisonRequestNotFound, liaisonRequestWriteForbidden, responsibleNotStaff, sameOrganization, unknownAgreement } from './liaison.errors.ts';
import { liaisonRequestResource } from './liaison.policy.ts';
import { indexLiaisonRequest } from './liaison.search.ts';
import { findLiaisonRequest, type LiaisonRequestRow, listLiaisonRequestRows } from './requests.repository.ts';

type Input = z.output<typeof liaisonRequestInputSchema>;
type Update = z.output<typeof liaisonRequestUpdateSchema>;

/** Audited fields; the internal notes are audited as changed, without their text. */
const FIELDS = [
  'requestingOrganizationId', 'targetOrganizationId', 'agreementId', 'area', 'subject', 'requestedByPersonId', 'channel', 'status', 'targetDate',
  'outcome', 'responsibleUserId', 'provenance', 'sourceUrl', ...ACCESS_FIELDS,
] as const;

/** The series of liaison requests: LR-01, LR-02, … */
export const LIAISON_SERIES = { key: 'liaison_request:LR', format: 'LR-{n:2}' };

/** Today's date at the mission (what "overdue" is measured against). */
export const missionToday = (now = new Date()) => localDate(now, MISSION_TIME_ZONE);

const searchText = (r: Pick<LiaisonRequestRow, 'reference' | 'subject' | 'area'>) => normaliseForSearch(r.reference, r.subject, r.area);

const ref = (o: { id: string; names: { en: string; ru?: string }; acronym?: string | null } | undefined) =>
  o ? { id: o.id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null } : null;

/** Agreements among `ids` the reader may see, as references. */
export async function agreementRefs(db: Executor, ctx: RequestContext, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, { id: string; name: string; nameRu: string | null }>();
  const rows = await db.select({ id: agreements.id, names: agreements.names }).from(agreements).where(and(inArray(agreements.id, wanted), visibleTo(ctx, agreements)));
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.names.en, nameRu: r.names.ru ?? null }]));
}

/** Requests as answered: references the reader may see, the overdue flag, and the mission's notes only to the mission. */
export async function toLiaisonRequestDtos(db: Executor, ctx: RequestContext, rows: LiaisonRequestRow[]) {
  const [orgs, persons, agreementsById] = await Promise.all([
    organizationRefs(db, ctx, rows.flatMap((r) => [r.requestingOrganizationId, r.targetOrganizationId])),
    personRefs(db, ctx, rows.map((r) => r.requestedByPersonId)),
    agreementRefs(db, ctx, rows.map((r) => r.agreementId)),
  ]);
  const today = missionToday();
  const notes = readsMissionOnly(ctx);
  return rows.map((r) => {
    const person = r.requestedByPersonId ? persons.get(r.requestedByPersonId) : undefined;
    const agreement = r.agreementId ? agreementsById.get(r.agreementId) : undefined;
    const canStep = canAct(ctx, 'step', liaisonRequestResource, r);
    return {
      ...recordMeta(ctx, liaisonRequestResource, r),
      reference: r.reference,
      subject: r.subject,
      area: r.area,
      channel: r.channel,
      status: r.status,
      statusChangedAt: r.statusChangedAt.toISOString(),
      targetDate: r.targetDate,
      overdue: !!r.targetDate && r.targetDate < today && !FINAL_LIAISON_STATUSES.includes(r.status),
      outcome: r.outcome,
      internalNotes: notes ? r.internalNotes : null,
      requestingOrganizationId: r.requestingOrganizationId,
      requestingOrganization: ref(orgs.get(r.requestingOrganizationId)),
      targetOrganizationId: r.targetOrganizationId,
      targetOrganization: ref(orgs.get(r.targetOrganizationId)),
      agreementId: agreement ? r.agreementId : null,
      agreement: agreement ?? null,
      requestedByPersonId: person ? r.requestedByPersonId : null,
      requestedBy: person ? { id: person.id, name: person.nameLatin ?? person.fullName, nameRu: person.nameRu } : null,
      responsibleUserId: notes ? r.responsibleUserId : null,
      provenance: r.provenance ?? 'INVENTED',
      sourceUrl: r.sourceUrl,
      nextStatuses: canStep ? forwardStatuses(r.status) : [],
      canStep,
    };
  });
}

export async function getLiaisonRequest(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findLiaisonRequest(deps.db, ctx, id);
  if (!row) throw liaisonRequestNotFound();
  const [dto] = await toLiaisonRequestDtos(deps.db, ctx, [row]);
  return dto;
}

export async function listLiaisonRequests(deps: Deps, ctx: RequestContext, q: z.output<typeof liaisonRequestListQuerySchema>) {
  const res = await listLiaisonRequestRows(deps.db, ctx, q, missionToday());
  return { ...res, items: await toLiaisonRequestDtos(deps.db, ctx, res.items) };
}

async function checkInput(db: Executor, ctx: RequestContext, input: Update, current?: LiaisonRequestRow) {
  await checkOrganizations(db, ctx, [input.requestingOrganizationId], 'requestingOrganizationId');
  await checkOrganizations(db, ctx, [input.targetOrganizationId], 'targetOrganizationId');
  const requesting = input.requestingOrganizationId ?? current?.requestingOrganizationId;
  const target = input.targetOrganizationId ?? current?.targetOrganizationId;
  if (requesting && requesting === target) throw sameOrganization();
  await checkPeople(db, ctx, [input.requestedByPersonId], 'requestedByPersonId');
  if (input.agreementId && !(await agreementRefs(db, ctx, [input.agreementId])).size) throw unknownAgreement();
  if (input.responsibleUserId) {
    const [u] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, input.responsibleUserId), sql`${users.role} in ('admin','head','staff')`));
    if (!u) throw responsibleNotStaff();
  }
}

export async function createLiaisonRequest(deps: Deps, ctx: RequestContext, input: Input) {
  // The mission creates requests; who else sees them follows from the two organisations.
  const access = organizationScopedAccess(input.classification, [input.requestingOrganizationId, input.targetOrganizationId], input.restrictedTo ?? []);
  accessForCreate(ctx, liaisonRequestResource, { classification: access.classification, sharedWith: { organizations: access.sharedOrganizations }, restrictedTo: access.restrictedTo });
  await checkAccessReferences(deps.db, ctx, access);
  await checkInput(deps.db, ctx, input);
  const { classification: _c, restrictedTo: _r, ...fields } = input;
  const id = randomUUID();
  const now = new Date();
  await deps.db.transaction(async (tx) => {
    const { code } = await allocateNumber(tx, ctx, { series: LIAISON_SERIES, record: { type: 'liaison_request', id }, at: now });
    const [row] = await tx
      .insert(liaisonRequests)
      .values({
        ...fields,
        ...accessColumns(access),
        id,
        reference: code,
        status: 'draft',
        statusChangedAt: now,
        searchText: searchText({ reference: code, subject: fields.subject, area: fields.area ?? null }),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'liaison_request.create', recordType: 'liaison_request', recordId: id, changes: { ...diff(null, row, FIELDS), ...(row.internalNotes ? { internalNotes: { after: '(set)' } } : {}) } });
    await indexLiaisonRequest(tx, row);
    await syncRequestCalendar(tx, row);
  });
  return getLiaisonRequest(deps, ctx, id);
}

/** Writes to a request go through `withRecordForWrite` with this (the mission only; steps use `canAct`). */
export const liaisonRequestRecord: RecordWriteSpec<typeof liaisonRequests> = {
  table: liaisonRequests,
  resource: liaisonRequestResource,
  notFound: liaisonRequestNotFound,
  forbidden: liaisonRequestWriteForbidden,
};

export async function updateLiaisonRequest(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, liaisonRequestRecord, id, 'update', async (tx, current) => {
    await checkInput(tx, ctx, input, current);
    const { classification, restrictedTo, ...fields } = input;
    const defined = definedOnly(fields);
    const next = { ...current, ...defined };
    // The access follows the organisations: re-derived on every change of them or of the classification.
    const access = organizationScopedAccess(classification ?? current.classification, [next.requestingOrganizationId, next.targetOrganizationId], restrictedTo ?? current.restrictedTo);
    const accessChanged = access.classification !== current.classification || access.sharedOrganizations.join() !== current.sharedOrganizations.join() || access.restrictedTo.join() !== current.restrictedTo.join();
    if (accessChanged) {
      if (classification !== undefined || restrictedTo !== undefined) {
        if (!can(ctx, 'classify', liaisonRequestResource, current)) throw classifyForbidden();
      }
      await checkAccessReferences(tx, ctx, access);
    }
    const [after] = await tx
      .update(liaisonRequests)
      .set({ ...defined, ...accessColumns(access), searchText: searchText(next), updatedAt: new Date() })
      .where(eq(liaisonRequests.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (current.internalNotes !== after.internalNotes) changes.internalNotes = { after: '(changed)' };
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'liaison_request.update', recordType: 'liaison_request', recordId: id, changes });
    await indexLiaisonRequest(tx, after);
    await syncRequestCalendar(tx, after);
  });
  return getLiaisonRequest(deps, ctx, id);
}

export async function setLiaisonRequestArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, liaisonRequestRecord, id, archived, async (tx, row) => {
    await indexLiaisonRequest(tx, row);
    await syncRequestCalendar(tx, row);
  });
  return getLiaisonRequest(deps, ctx, id);
}

