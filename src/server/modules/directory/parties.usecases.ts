// Parties (member states and partners): reading, searching, creating, changing and archiving them; membership on a day.
import { and, eq, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { partyInputSchema, partyListQuerySchema, partyUpdateSchema } from '../../../shared/directory.ts';
import { allNames, type Names } from '../../../shared/names.ts';
import type { Executor } from '../../db/client.ts';
import { parties } from '../../db/schema/directory.table.ts';
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
import { invalidPeriod, partyCodeImmutable, partyCodeTaken, partyNotFound, partyWriteForbidden } from './directory.errors.ts';
import { directoryResource } from './directory.policy.ts';
import { indexParty } from './directory.search.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { definedOnly } from '../../platform/records/patch.ts';

export const partyResource = directoryResource('party');
type PartyRow = typeof parties.$inferSelect;
type Input = z.output<typeof partyInputSchema>;
type Update = z.output<typeof partyUpdateSchema>;

const FIELDS = ['code', 'alpha3', 'numericCode', 'names', 'kind', 'isOwn', 'officialLanguages', 'memberFrom', 'memberTo', 'observerFrom', 'partnerSince', 'notes', 'provenance', 'sourceUrl', ...ACCESS_FIELDS] as const;

const sortKeys: Record<'name' | 'code' | 'updatedAt', SortKey<PartyRow>> = {
  name: { expr: sql`lower(${parties.nameEn})`, value: (r) => r.nameEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  code: { expr: sql`${parties.code}`, value: (r) => r.code, type: 'text' },
  updatedAt: { expr: sql`${parties.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

const today = () => new Date().toISOString().slice(0, 10);
/** A member today: admitted on or before today and not (yet) left. */
export const isMemberOn = (p: Pick<PartyRow, 'memberFrom' | 'memberTo'>, day = today()) =>
  !!p.memberFrom && p.memberFrom <= day && (!p.memberTo || p.memberTo > day);

export function toPartyDto(ctx: RequestContext, p: PartyRow) {
  const { sharedParties, sharedOrganizations, restrictedTo, searchText, createdBy, nameEn, ...rest } = p;
  return { ...rest, ...recordMeta(ctx, partyResource, p), isMember: isMemberOn(p) };
}

async function findParty(db: Executor, ctx: RequestContext, idOrCode: string) {
  const byId = /^[0-9a-f-]{36}$/i.test(idOrCode);
  const [row] = await db
    .select()
    .from(parties)
    .where(and(byId ? eq(parties.id, idOrCode) : eq(parties.code, idOrCode.toUpperCase()), visibleTo(ctx, parties)))
    .limit(1);
  return row ?? null;
}

export async function getParty(deps: Deps, ctx: RequestContext, idOrCode: string) {
  const p = await findParty(deps.db, ctx, idOrCode);
  if (!p) throw partyNotFound();
  return toPartyDto(ctx, p);
}

export async function searchParties(deps: Deps, ctx: RequestContext, q: z.output<typeof partyListQuerySchema>) {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const res = await listRecords(deps.db, ctx, parties, q, {
    where: [q.kind ? eq(parties.kind, q.kind) : undefined, term ? like(parties.searchText, containsPattern(term)) : undefined],
    sortKeys,
  });
  return { ...res, items: res.items.map((p) => toPartyDto(ctx, p)) };
}

const searchText = (p: { code: string; alpha3?: string | null; names: Names }) => normaliseForSearch(p.code, p.alpha3, ...allNames(p.names));

function checkDates(p: { memberFrom?: string | null; memberTo?: string | null }) {
  if (p.memberFrom && p.memberTo && p.memberTo < p.memberFrom) throw invalidPeriod('memberTo');
}

export async function createParty(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, partyResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  checkDates(input);
  const now = new Date();
  const created = await deps.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: parties.id }).from(parties).where(eq(parties.code, input.code)).limit(1);
    if (taken) throw partyCodeTaken();
    const { classification, sharedWith, restrictedTo, ...fields } = input;
    const [row] = await tx
      .insert(parties)
      .values({ ...fields, ...accessColumns(access), searchText: searchText(input), createdBy: ctx.viewer?.id ?? null, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, ctx, { action: 'party.create', recordType: 'party', recordId: row.id, changes: diff(null, row, FIELDS) });
    await indexParty(tx, row);
    return row;
  });
  return toPartyDto(ctx, created);
}

const partyRecord: RecordWriteSpec<typeof parties> = {
  table: parties,
  resource: partyResource,
  notFound: partyNotFound,
  forbidden: partyWriteForbidden,
};

export async function updateParty(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  const after = await withRecordForWrite(deps, ctx, partyRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, partyResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    const { classification, sharedWith, restrictedTo, ...fields } = input;
    // The code is what delegate accounts, delegations and sharing lists refer to: it never changes.
    if (fields.code !== undefined && fields.code !== current.code) throw partyCodeImmutable();
    const defined = definedOnly(fields);
    const merged = { ...current, ...defined };
    checkDates(merged);
    const [row] = await tx
      .update(parties)
      .set({ ...defined, ...(access ? accessColumns(access) : {}), searchText: searchText(merged), updatedAt: new Date() })
      .where(eq(parties.id, current.id))
      .returning();
    const changes = diff(current, row, FIELDS);
    if (Object.keys(changes).length > 0) await recordAudit(tx, ctx, { action: 'party.update', recordType: 'party', recordId: row.id, changes });
    await indexParty(tx, row);
    if (access) await narrowAttachments(tx, ctx, 'party', row.id, row);
    return row;
  });
  return toPartyDto(ctx, after);
}

export async function setPartyArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  return toPartyDto(ctx, await setRecordArchived(deps, ctx, partyRecord, id, archived, indexParty));
}
