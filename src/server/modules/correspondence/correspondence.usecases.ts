// Correspondence: registering, reading, listing, changing and archiving items, with their register numbers, addressees, links and thread.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type correspondenceInputSchema, type correspondenceListQuerySchema, type correspondenceUpdateSchema, STATUS_MOVES } from '../../../shared/correspondence.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { correspondence, correspondenceAddressees, correspondenceTemplates } from '../../db/schema/correspondence.table.ts';
import { type AccessInput, accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import type { ClassifiedRecord } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { localDate } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { findDocument } from '../../platform/documents/documents.repository.ts';
import { linkedRefs, replaceLinks } from '../../platform/records/links.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { allocateNumber } from '../../platform/records/numbering.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { loadRecordRefs, refKey } from '../../platform/records/record-types.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPartyCodes, checkPeople, organizationRefs, personRefs } from '../directory/directory.api.ts';
import {
  addresseeRequired,
  assigneeNotStaff,
  correspondenceNotFound,
  correspondenceWriteForbidden,
  neverPublic,
  notEditable,
  senderRequired,
  sharedBeyondCorrespondents,
  sharedWithOrganizations,
  unknownReplyTarget,
  unknownScan,
  unknownTemplate,
} from './correspondence.errors.ts';
import { correspondenceResource, correspondentParties, sharedWithinCorrespondents } from './correspondence.policy.ts';
import { type AddresseeRow, type CorrespondenceRow, addresseesOf, findCorrespondence, listCorrespondence, threadOf, userNames } from './correspondence.repository.ts';
import { indexCorrespondence } from './correspondence.search.ts';
import { notifyAssigned } from './correspondence.notifications.ts';
import { scheduleReplyReminders } from './reminders.job.ts';

type Input = z.output<typeof correspondenceInputSchema>;
type Update = z.output<typeof correspondenceUpdateSchema>;
type AddresseeInput = Input['addressees'][number];

/** The time zone the register counts its years and due dates in: the mission's, in Jakarta. */
export const MISSION_ZONE = 'Asia/Jakarta';
/** The register's two series and their formats until the head sets others. */
export const SERIES = {
  outgoing: { key: 'correspondence:outgoing', format: 'No. {n}/ASEAN/{yyyy}', perYear: true, timeZone: MISSION_ZONE },
  incoming: { key: 'correspondence:incoming', format: 'In. {n}/{yyyy}', perYear: true, timeZone: MISSION_ZONE },
} as const;

const FIELDS = [
  'direction', 'kind', 'registerNumber', 'date', 'senderOrganizationId', 'senderPersonId', 'senderPartyCode', 'theirReference', 'subject', 'language',
  'body', 'status', 'dueDate', 'assigneeUserId', 'approvedAt', 'approvedBy', 'templateId', 'inReplyToId', 'scanDocumentId', 'pdfDocumentId', 'cancelReason',
  'provenance', ...ACCESS_FIELDS,
] as const;
/** Statuses in which an item's content may still change. */
const EDITABLE = new Set(['draft', 'approved', 'registered', 'assigned']);

export const today = () => localDate(new Date(), MISSION_ZONE);
const plain = (html: string | null) => (html ?? '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();

export const correspondenceSearchText = (r: Pick<CorrespondenceRow, 'registerNumber' | 'subject' | 'body' | 'theirReference'>, names: string[]) =>
  normaliseForSearch(r.registerNumber, r.subject, r.theirReference, plain(r.body), ...names);

/** Writes to an item go through `withRecordForWrite` with this. */
export const correspondenceRecord: RecordWriteSpec<typeof correspondence> = {
  table: correspondence,
  resource: correspondenceResource,
  notFound: correspondenceNotFound,
  forbidden: correspondenceWriteForbidden,
};

/** Items as answered: names of organisations, people and accounts the reader may see, addressees, links and the item answered, in batched queries. */
export async function toCorrespondenceDtos(db: Executor, ctx: RequestContext, rows: CorrespondenceRow[]) {
  const ids = rows.map((r) => r.id);
  const addressees = await addresseesOf(db, ids);
  const all = [...addressees.values()].flat();
  const [orgs, persons, names, links, parents] = await Promise.all([
    organizationRefs(db, ctx, [...rows.map((r) => r.senderOrganizationId), ...all.map((a) => a.organizationId)]),
    personRefs(db, ctx, [...rows.map((r) => r.senderPersonId), ...all.map((a) => a.personId)]),
    userNames(db, rows.flatMap((r) => [r.assigneeUserId, r.approvedBy])),
    linkedRefs(db, ctx, 'correspondence', ids, 'references'),
    parentRefs(db, ctx, rows.map((r) => r.inReplyToId)),
  ]);
  const summaries = await loadRecordRefs(db, ctx, [...links.values()].flat());
  const orgName = (id: string | null) => {
    const o = id ? orgs.get(id) : undefined;
    return o ? { en: o.acronym ?? o.names.en, ru: o.names.ru ?? null } : null;
  };
  const personName = (id: string | null) => (id ? (persons.get(id)?.fullName ?? null) : null);
  const now = today();
  return rows.map((r) => {
    const { searchText: _s, createdBy: _c, sharedParties: _p, sharedOrganizations: _o, restrictedTo: _r, ...rest } = r;
    const sender = orgName(r.senderOrganizationId);
    return {
      ...rest,
      ...recordMeta(ctx, correspondenceResource, r),
      senderOrganizationId: sender ? r.senderOrganizationId : null,
      senderOrganization: sender?.en ?? null,
      senderPersonId: personName(r.senderPersonId) ? r.senderPersonId : null,
      senderPerson: personName(r.senderPersonId),
      addressees: (addressees.get(r.id) ?? [])
        .filter((a) => orgName(a.organizationId))
        .map((a) => ({
          organizationId: a.organizationId,
          organization: orgName(a.organizationId)?.en ?? null,
          organizationRu: orgName(a.organizationId)?.ru ?? null,
          personId: personName(a.personId) ? a.personId : null,
          person: personName(a.personId),
          partyCode: a.partyCode,
          email: a.email,
          title: a.title,
        })),
      nextStatuses: [...STATUS_MOVES[r.status]].filter((s) => s !== 'dispatched' && s !== r.status),
      overdue: isOverdue(r, now),
      assigneeName: r.assigneeUserId ? (names.get(r.assigneeUserId) ?? null) : null,
      approvedAt: r.approvedAt?.toISOString() ?? null,
      approvedByName: r.approvedBy ? (names.get(r.approvedBy) ?? null) : null,
      inReplyTo: r.inReplyToId ? (parents.get(r.inReplyToId) ?? null) : null,
      links: (links.get(r.id) ?? []).flatMap((l) => {
        const s = summaries.get(refKey(l));
        return s ? [{ ...l, title: s.title, path: s.path }] : [];
      }),
    };
  });
}

export const isOverdue = (r: Pick<CorrespondenceRow, 'dueDate' | 'status'>, on: string) =>
  !!r.dueDate && r.dueDate < on && ['registered', 'assigned', 'dispatched'].includes(r.status);

async function parentRefs(db: Executor, ctx: RequestContext, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const out = new Map<string, { id: string; registerNumber: string; subject: string; direction: CorrespondenceRow['direction']; date: string; status: CorrespondenceRow['status'] }>();
  for (const id of wanted) {
    const p = await findCorrespondence(db, ctx, id);
    if (p) out.set(id, { id: p.id, registerNumber: p.registerNumber, subject: p.subject, direction: p.direction, date: p.date, status: p.status });
  }
  return out;
}

export async function getCorrespondence(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findCorrespondence(deps.db, ctx, id);
  if (!row) throw correspondenceNotFound();
  const [dto] = await toCorrespondenceDtos(deps.db, ctx, [row]);
  return dto;
}

export async function searchCorrespondence(deps: Deps, ctx: RequestContext, q: z.output<typeof correspondenceListQuerySchema>) {
  const res = await listCorrespondence(deps.db, ctx, q, today());
  return { ...res, items: await toCorrespondenceDtos(deps.db, ctx, res.items) };
}

/** The exchange an item belongs to, first item first: what the reader may see of it. */
export async function correspondenceThread(deps: Deps, ctx: RequestContext, id: string) {
  if (!(await findCorrespondence(deps.db, ctx, id))) throw correspondenceNotFound();
  const rows = await threadOf(deps.db, ctx, id);
  return { items: rows.map((r) => ({ id: r.id, registerNumber: r.registerNumber, subject: r.subject, direction: r.direction, date: r.date, status: r.status, inReplyToId: r.inReplyToId })) };
}

/** Is the account a member of the mission's staff (admin, head, staff)? */
async function isStaffAccount(db: Executor, id: string) {
  const [u] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, id), sql`${users.role} in ('admin','head','staff')`));
  return !!u;
}

async function checkInput(db: Executor, ctx: RequestContext, input: Update & { inReplyToId?: string | null; scanDocumentId?: string | null }) {
  if (input.addressees) {
    await checkOrganizations(db, ctx, input.addressees.map((a) => a.organizationId), 'addressees');
    await checkPeople(db, ctx, input.addressees.map((a) => a.personId), 'addressees');
    await checkPartyCodes(db, input.addressees.map((a) => a.partyCode), 'addressees');
  }
  await checkOrganizations(db, ctx, [input.senderOrganizationId], 'senderOrganizationId');
  await checkPeople(db, ctx, [input.senderPersonId], 'senderPersonId');
  await checkPartyCodes(db, [input.senderPartyCode], 'senderPartyCode');
  if (input.assigneeUserId && !(await isStaffAccount(db, input.assigneeUserId))) throw assigneeNotStaff();
  if (input.templateId) {
    const [t] = await db.select({ id: correspondenceTemplates.id }).from(correspondenceTemplates).where(eq(correspondenceTemplates.id, input.templateId));
    if (!t) throw unknownTemplate();
  }
  if (input.inReplyToId && !(await findCorrespondence(db, ctx, input.inReplyToId))) throw unknownReplyTarget();
  if (input.scanDocumentId && !(await findDocument(db, ctx, input.scanDocumentId))) throw unknownScan();
}

/**
 * The access fields of an item: never public; shared only with the parties
 * among its correspondents (all of them when the request names none).
 */
function itemAccess(input: AccessInput, parties: string[]): AccessInput {
  if (input.classification === 'public') throw neverPublic();
  if (input.sharedWith?.organizations?.length) throw sharedWithOrganizations();
  if (input.classification !== 'shared') return input;
  const named = input.sharedWith?.parties ?? [];
  return { ...input, sharedWith: { parties: named.length ? named : parties, organizations: [] } };
}

const checkWithin = (access: ClassifiedRecord, parties: string[]) => {
  if (access.classification === 'shared' && !sharedWithinCorrespondents(access, parties)) throw sharedBeyondCorrespondents();
};

async function writeAddressees(tx: Tx, id: string, list: AddresseeInput[]) {
  await tx.delete(correspondenceAddressees).where(eq(correspondenceAddressees.correspondenceId, id));
  if (list.length)
    await tx.insert(correspondenceAddressees).values(
      list.map((a, position) => ({ correspondenceId: id, position, organizationId: a.organizationId, personId: a.personId ?? null, partyCode: a.partyCode ?? null, email: a.email ?? null, title: a.title ?? null })),
    );
}

/** Names of the correspondents, for the search text. */
async function correspondentNames(db: Executor, ctx: RequestContext, row: Pick<CorrespondenceRow, 'senderOrganizationId'>, addressees: Pick<AddresseeRow, 'organizationId'>[]) {
  const orgs = await organizationRefs(db, ctx, [row.senderOrganizationId, ...addressees.map((a) => a.organizationId)]);
  return [...orgs.values()].flatMap((o) => [o.names.en, o.names.ru, o.acronym].filter((x): x is string => !!x));
}

/** Search entry, reminders: what follows every write of an item. */
export async function afterWrite(tx: Tx, ctx: RequestContext, row: CorrespondenceRow) {
  const addressees = (await addresseesOf(tx, [row.id])).get(row.id) ?? [];
  const names = await correspondentNames(tx, ctx, row, addressees);
  const searchText = correspondenceSearchText(row, names);
  if (searchText !== row.searchText) await tx.update(correspondence).set({ searchText }).where(eq(correspondence.id, row.id));
  await indexCorrespondence(tx, row, names);
  await scheduleReplyReminders(tx, row);
}

export async function createCorrespondence(deps: Deps, ctx: RequestContext, input: Input, opts: { afterInsert?: (tx: Tx, row: CorrespondenceRow) => Promise<void> } = {}) {
  if (input.direction === 'outgoing' && input.addressees.length === 0) throw addresseeRequired();
  if (input.direction === 'incoming' && !input.senderOrganizationId) throw senderRequired();
  const parties = correspondentParties(input);
  const access = accessForCreate(ctx, correspondenceResource, itemAccess(input, parties));
  checkWithin(access, parties);
  await checkAccessReferences(deps.db, ctx, access);
  await checkInput(deps.db, ctx, input);
  const { classification: _c, sharedWith: _s, restrictedTo: _r, addressees, links, direction, ...fields } = input;
  const id = randomUUID();
  const now = new Date();
  const series = SERIES[direction];
  await deps.db.transaction(async (tx) => {
    const { code } = await allocateNumber(tx, ctx, { series, record: { type: 'correspondence', id }, at: new Date(`${input.date}T12:00:00Z`) });
    const status = direction === 'outgoing' ? 'draft' : fields.assigneeUserId ? 'assigned' : 'registered';
    const [row] = await tx
      .insert(correspondence)
      .values({
        ...fields,
        ...accessColumns(access),
        id,
        direction,
        seriesKey: series.key,
        registerNumber: code,
        status,
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await writeAddressees(tx, id, addressees);
    await recordAudit(tx, ctx, { action: 'correspondence.create', recordType: 'correspondence', recordId: id, changes: { ...diff(null, row, FIELDS), addressees: { after: addressees } } });
    if (links.length) await replaceLinks(tx, ctx, { recordType: 'correspondence', recordId: id }, links, 'references', 'links');
    if (row.assigneeUserId) await notifyAssigned(tx, row);
    await opts.afterInsert?.(tx, row);
    await afterWrite(tx, ctx, row);
  });
  return getCorrespondence(deps, ctx, id);
}

export async function updateCorrespondence(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, correspondenceRecord, id, 'update', async (tx, current) => {
    if (!EDITABLE.has(current.status)) throw notEditable(current.status);
    const currentAddressees = (await addresseesOf(tx, [id])).get(id) ?? [];
    const merged = { senderPartyCode: input.senderPartyCode !== undefined ? input.senderPartyCode : current.senderPartyCode, addressees: input.addressees ?? currentAddressees };
    if (current.direction === 'outgoing' && merged.addressees.length === 0) throw addresseeRequired();
    const parties = correspondentParties(merged);
    const access = accessForUpdate(ctx, correspondenceResource, current, itemAccess(input, parties));
    checkWithin(access ?? current, parties);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkInput(tx, ctx, input);
    const { classification: _c, sharedWith: _s, restrictedTo: _r, addressees, links, ...fields } = input;
    const defined = definedOnly(fields);
    // A change to an approved note sends it back to the head.
    const reopen = current.status === 'approved' && (Object.keys(defined).length > 0 || addressees !== undefined);
    const assigned = current.direction === 'incoming' && defined.assigneeUserId && current.status === 'registered' ? { status: 'assigned' as const } : {};
    const [after] = await tx
      .update(correspondence)
      .set({ ...defined, ...(access ? accessColumns(access) : {}), ...(reopen ? { status: 'draft' as const, approvedAt: null, approvedBy: null } : {}), ...assigned, updatedAt: new Date() })
      .where(eq(correspondence.id, id))
      .returning();
    const changes: ReturnType<typeof diff> = diff(current, after, FIELDS);
    if (addressees) {
      await writeAddressees(tx, id, addressees);
      changes.addressees = { before: currentAddressees.map(({ correspondenceId: _i, position: _p, ...a }) => a), after: addressees };
    }
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'correspondence.update', recordType: 'correspondence', recordId: id, changes });
    if (links) await replaceLinks(tx, ctx, { recordType: 'correspondence', recordId: id }, links, 'references', 'links');
    if (after.assigneeUserId && after.assigneeUserId !== current.assigneeUserId) await notifyAssigned(tx, after);
    await afterWrite(tx, ctx, after);
  });
  return getCorrespondence(deps, ctx, id);
}

/** Archive hides an item from the register's lists and search; it stays readable and its number stays in the register. */
export async function setCorrespondenceArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, correspondenceRecord, id, archived, async (tx, row) => {
    const addressees = (await addresseesOf(tx, [row.id])).get(row.id) ?? [];
    await indexCorrespondence(tx, row, await correspondentNames(tx, ctx, row, addressees));
  });
  return getCorrespondence(deps, ctx, id);
}
