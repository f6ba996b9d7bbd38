// Delegations to meetings: reading, listing, creating, changing and archiving them with their head and members.
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { delegationInputSchema, delegationListQuerySchema, delegationUpdateSchema } from '../../../shared/directory.ts';
import { allNames, type Names } from '../../../shared/names.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { delegationMembers, delegations, people } from '../../db/schema/directory.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import { narrowAttachments } from '../../platform/documents/documents.usecases.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { delegationNotFound, delegationWriteForbidden } from './directory.errors.ts';
import { notifyNewlyShared } from './directory.notifications.ts';
import { directoryResource } from './directory.policy.ts';
import { indexDelegation } from './directory.search.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { checkOrganizations, checkPartyCodes, checkPeople } from './directory.references.ts';
import { definedOnly } from '../../platform/records/patch.ts';

export const delegationResource = directoryResource('delegation');
type Row = typeof delegations.$inferSelect;
type Input = z.output<typeof delegationInputSchema>;
type Update = z.output<typeof delegationUpdateSchema>;
type PersonRef = { id: string; fullName: string; nameLatin: string | null; honorific: string | null };
type Member = { id: string; person: PersonRef; title: string | null; fromDate: string | null; toDate: string | null };

const FIELDS = ['partyCode', 'names', 'organizationId', 'headPersonId', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;
const sortKeys: Record<'name' | 'updatedAt', SortKey<Row>> = {
  name: { expr: sql`lower(${delegations.nameEn})`, value: (r) => r.nameEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${delegations.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};
const personRef = { id: people.id, fullName: people.fullName, nameLatin: people.nameLatin, honorific: people.honorific };

/** Heads and members of the given delegations, limited to people the user may see. */
async function peopleOf(db: Executor, ctx: RequestContext, rows: Row[]) {
  const ids = rows.map((r) => r.id);
  const headIds = rows.map((r) => r.headPersonId).filter((x): x is string => !!x);
  const [members, heads] = await Promise.all([
    ids.length
      ? db
          .select({ delegationId: delegationMembers.delegationId, id: delegationMembers.id, title: delegationMembers.title, fromDate: delegationMembers.fromDate, toDate: delegationMembers.toDate, person: personRef })
          .from(delegationMembers)
          .innerJoin(people, and(eq(people.id, delegationMembers.personId), visibleTo(ctx, people)))
          .where(inArray(delegationMembers.delegationId, ids))
          .orderBy(delegationMembers.fromDate, delegationMembers.id)
      : [],
    headIds.length ? db.select(personRef).from(people).where(and(inArray(people.id, headIds), visibleTo(ctx, people))) : [],
  ]);
  const membersOf = new Map<string, Member[]>();
  for (const { delegationId, ...m } of members) membersOf.set(delegationId, [...(membersOf.get(delegationId) ?? []), m]);
  const headById = new Map(heads.map((h) => [h.id, h]));
  return (r: Row) => ({ head: r.headPersonId ? (headById.get(r.headPersonId) ?? null) : null, members: membersOf.get(r.id) ?? [] });
}

function toDto(ctx: RequestContext, r: Row, parts: { head: PersonRef | null; members: Member[] }) {
  return {
    ...recordMeta(ctx, delegationResource, r),
    partyCode: r.partyCode,
    names: r.names,
    organizationId: r.organizationId,
    headPersonId: parts.head ? r.headPersonId : null,
    head: parts.head,
    members: parts.members,
    provenance: r.provenance,
    sourceUrl: r.sourceUrl,
  };
}

async function findDelegation(db: Executor, ctx: RequestContext, id: string) {
  const [row] = await db.select().from(delegations).where(and(eq(delegations.id, id), visibleTo(ctx, delegations))).limit(1);
  return row ?? null;
}

export async function getDelegation(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findDelegation(deps.db, ctx, id);
  if (!row) throw delegationNotFound();
  return toDto(ctx, row, (await peopleOf(deps.db, ctx, [row]))(row));
}

export async function searchDelegations(deps: Deps, ctx: RequestContext, q: z.output<typeof delegationListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listRecords(deps.db, ctx, delegations, q, {
    where: [q.party ? eq(delegations.partyCode, q.party) : undefined, term ? like(delegations.searchText, containsPattern(term)) : undefined],
    sortKeys,
  });
  const partsOf = await peopleOf(deps.db, ctx, res.items);
  return { ...res, items: res.items.map((r) => toDto(ctx, r, partsOf(r))) };
}

const searchText = (d: { names: Names; partyCode: string }) => normaliseForSearch(...allNames(d.names), d.partyCode);

async function checkRefs(db: Executor, ctx: RequestContext, input: Update) {
  await checkPartyCodes(db, [input.partyCode], 'partyCode');
  await checkOrganizations(db, ctx, [input.organizationId], 'organizationId');
  await checkPeople(db, ctx, [input.headPersonId], 'headPersonId');
  for (const [i, m] of (input.members ?? []).entries()) await checkPeople(db, ctx, [m.personId], `members.${i}.personId`);
}

/** Replaces the members the user can see; members who are people hidden from the user are left untouched. */
async function replaceMembers(tx: Tx, ctx: RequestContext, delegationId: string, list: NonNullable<Input['members']>) {
  const before = await tx
    .select({ id: delegationMembers.id, personId: delegationMembers.personId, title: delegationMembers.title })
    .from(delegationMembers)
    .innerJoin(people, and(eq(people.id, delegationMembers.personId), visibleTo(ctx, people)))
    .where(eq(delegationMembers.delegationId, delegationId));
  if (before.length) await tx.delete(delegationMembers).where(inArray(delegationMembers.id, before.map((m) => m.id)));
  if (list.length) {
    await tx.insert(delegationMembers).values(list.map((m) => ({ delegationId, personId: m.personId, title: m.title ?? null, fromDate: m.fromDate ?? null, toDate: m.toDate ?? null })));
  }
  const label = (m: { personId: string; title?: string | null }) => `${m.personId}${m.title ? ` (${m.title})` : ''}`;
  const b = before.map(label).sort();
  const a = list.map(label).sort();
  return JSON.stringify(a) === JSON.stringify(b) ? null : { before: b, after: a };
}

export async function createDelegation(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, delegationResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkRefs(deps.db, ctx, input);
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(delegations)
      .values({
        ...accessColumns(access),
        partyCode: input.partyCode,
        names: input.names,
        organizationId: input.organizationId ?? null,
        headPersonId: input.headPersonId ?? null,
        provenance: input.provenance ?? null,
        sourceUrl: input.sourceUrl ?? null,
        searchText: searchText(input),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const changes = diff(null, row, FIELDS);
    const m = await replaceMembers(tx, ctx, row.id, input.members ?? []);
    if (m) changes.members = { after: m.after };
    await recordAudit(tx, ctx, { action: 'delegation.create', recordType: 'delegation', recordId: row.id, changes });
    await indexDelegation(tx, row);
    await notifyNewlyShared(tx, 'delegation', row.id, row.names, null, row);
    return row.id;
  });
  return getDelegation(deps, ctx, id);
}

const delegationRecord: RecordWriteSpec<typeof delegations> = {
  table: delegations,
  resource: delegationResource,
  notFound: delegationNotFound,
  forbidden: delegationWriteForbidden,
};

export async function updateDelegation(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, delegationRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, delegationResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkRefs(tx, ctx, input);
    const { classification, sharedWith, restrictedTo, members, ...fields } = input;
    const defined = definedOnly(fields);
    const merged = { ...current, ...defined };
    const [after] = await tx
      .update(delegations)
      .set({ ...defined, ...(access ? accessColumns(access) : {}), searchText: searchText(merged), updatedAt: new Date() })
      .where(eq(delegations.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (members) {
      const m = await replaceMembers(tx, ctx, id, members);
      if (m) changes.members = m;
    }
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'delegation.update', recordType: 'delegation', recordId: id, changes });
    await indexDelegation(tx, after);
    if (access) await narrowAttachments(tx, ctx, 'delegation', id, after);
    await notifyNewlyShared(tx, 'delegation', id, after.names, current, after);
  });
  return getDelegation(deps, ctx, id);
}

export async function setDelegationArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, delegationRecord, id, archived, indexDelegation);
  return getDelegation(deps, ctx, id);
}
