// The gift register: reading, listing, recording and changing gifts, and moving them in custody (each move kept in the history).
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { custodyChangeInputSchema, giftInputSchema, giftListQuerySchema, giftUpdateSchema } from '../../../shared/dialogue.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { giftCustody, gifts } from '../../db/schema/dialogue.table.ts';
import { accessForCreate, accessForUpdate } from '../../platform/access/access-input.ts';
import { checkAccessReferences } from '../../platform/access/access-references.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { ACCESS_FIELDS, accessColumns, recordMeta } from '../../platform/records/meta.ts';
import { checkMoney, moneyOf, moneyValues } from '../../platform/records/money.ts';
import { allocateNumber } from '../../platform/records/numbering.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { type RecordWriteSpec, setRecordArchived, withRecordForWrite } from '../../platform/records/write.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPartyCodes, checkPeople, organizationRefs, personRefs, postsOnDate } from '../directory/directory.api.ts';
import { giftNotFound, giftSideRequired, giftWriteForbidden, unknownEngagement } from './dialogue.errors.ts';
import { giftResource } from './dialogue.policy.ts';
import { indexGift } from './dialogue.search.ts';
import { findEngagement } from './engagements.repository.ts';
import { custodyOf, findGift, type GiftRow, listGifts } from './gifts.repository.ts';

type Input = z.output<typeof giftInputSchema>;
type Update = z.output<typeof giftUpdateSchema>;
type Custody = z.output<typeof custodyChangeInputSchema>;

const FIELDS = [
  'reference', 'direction', 'date', 'engagementId', 'occasion', 'place', 'donorPersonId', 'donorPostTitle', 'donorOrganizationId', 'donorPartyCode', 'donorName',
  'recipientPersonId', 'recipientPostTitle', 'recipientOrganizationId', 'recipientPartyCode', 'recipientName', 'description', 'category', 'quantity',
  'valueMinor', 'valueCurrency', 'valuationMethod', 'valuationDate', 'circumstances', 'approvalSought', 'approvedBy', 'disposition', 'location', 'provenance', 'sourceUrl', ...ACCESS_FIELDS,
] as const;

/** G-2026-01: gifts numbered per year. */
export const GIFT_SERIES = { key: 'gift:G', format: 'G-{yyyy}-{n:2}', perYear: true, timeZone: 'Asia/Jakarta' };

const searchText = (g: Pick<GiftRow, 'reference' | 'description' | 'occasion' | 'donorName' | 'recipientName' | 'donorPostTitle' | 'recipientPostTitle' | 'location'>) =>
  normaliseForSearch(g.reference, g.description, g.occasion, g.donorName, g.recipientName, g.donorPostTitle, g.recipientPostTitle, g.location);

/** Gifts as answered: donor and recipient (people and organisations the reader may see), the occasion, the value and the custody history. */
export async function toGiftDtos(db: Executor, ctx: RequestContext, rows: GiftRow[]) {
  const ids = rows.map((r) => r.id);
  const [custody, persons, orgs] = await Promise.all([
    custodyOf(db, ids),
    personRefs(db, ctx, rows.flatMap((r) => [r.donorPersonId, r.recipientPersonId])),
    organizationRefs(db, ctx, rows.flatMap((r) => [r.donorOrganizationId, r.recipientOrganizationId])),
  ]);
  const engagementsSeen = new Map<string, { id: string; title: string } | null>();
  for (const r of rows) {
    if (r.engagementId && !engagementsSeen.has(r.engagementId)) {
      const e = await findEngagement(db, ctx, r.engagementId);
      engagementsSeen.set(r.engagementId, e ? { id: e.id, title: e.title } : null);
    }
  }
  const side = (personId: string | null, postTitle: string | null, orgId: string | null, partyCode: string | null, name: string | null) => {
    const p = personId ? persons.get(personId) : undefined;
    const o = orgId ? orgs.get(orgId) : undefined;
    return {
      person: p ? { id: p.id, fullName: p.fullName, postTitle } : null,
      organization: o ? { id: o.id, name: o.acronym ?? o.names.en, nameRu: o.names.ru ?? null } : null,
      partyCode,
      name,
    };
  };
  return rows.map((r) => ({
    ...recordMeta(ctx, giftResource, r),
    reference: r.reference,
    direction: r.direction,
    date: r.date,
    engagement: r.engagementId ? (engagementsSeen.get(r.engagementId) ?? null) : null,
    occasion: r.occasion,
    place: r.place,
    donor: side(r.donorPersonId, r.donorPostTitle, r.donorOrganizationId, r.donorPartyCode, r.donorName),
    recipient: side(r.recipientPersonId, r.recipientPostTitle, r.recipientOrganizationId, r.recipientPartyCode, r.recipientName),
    description: r.description,
    category: r.category,
    quantity: r.quantity,
    value: moneyOf(r, 'value'),
    valuationMethod: r.valuationMethod,
    valuationDate: r.valuationDate,
    circumstances: r.circumstances,
    approvalSought: r.approvalSought,
    approvedBy: r.approvedBy,
    disposition: r.disposition,
    location: r.location,
    custody: (custody.get(r.id) ?? []).map((c) => ({ ...c, at: c.at.toISOString() })),
    provenance: r.provenance,
    sourceUrl: r.sourceUrl,
  }));
}

export async function getGift(deps: Deps, ctx: RequestContext, id: string) {
  const row = await findGift(deps.db, ctx, id);
  if (!row) throw giftNotFound();
  return (await toGiftDtos(deps.db, ctx, [row]))[0];
}

export async function searchGifts(deps: Deps, ctx: RequestContext, q: z.output<typeof giftListQuerySchema>) {
  const res = await listGifts(deps.db, ctx, q);
  return { ...res, items: await toGiftDtos(deps.db, ctx, res.items) };
}

async function checkInput(db: Executor, ctx: RequestContext, v: Update, current?: GiftRow) {
  const merged = { ...current, ...definedOnly(v) };
  for (const s of ['donor', 'recipient'] as const) {
    if (!(merged[`${s}PersonId`] || merged[`${s}OrganizationId`] || merged[`${s}PartyCode`] || merged[`${s}Name`])) throw giftSideRequired(s);
    await checkPeople(db, ctx, [v[`${s}PersonId`]], `${s}PersonId`);
    await checkOrganizations(db, ctx, [v[`${s}OrganizationId`]], `${s}OrganizationId`);
    await checkPartyCodes(db, [v[`${s}PartyCode`]], `${s}PartyCode`);
  }
  if (v.engagementId && !(await findEngagement(db, ctx, v.engagementId))) throw unknownEngagement();
  await checkMoney(db, v.value, 'value');
}

/** The posts the donor and recipient held on the gift's date, kept with the gift. */
async function postsOf(db: Executor, ctx: RequestContext, g: { date: string; donorPersonId?: string | null; recipientPersonId?: string | null }) {
  const posts = await postsOnDate(db, ctx, [g.donorPersonId, g.recipientPersonId], g.date);
  return {
    donorPostTitle: g.donorPersonId ? (posts.get(g.donorPersonId)?.title ?? null) : null,
    recipientPostTitle: g.recipientPersonId ? (posts.get(g.recipientPersonId)?.title ?? null) : null,
  };
}

async function addCustody(tx: Tx, ctx: RequestContext, giftId: string, c: { disposition: GiftRow['disposition']; location: string | null; note: string | null }) {
  await tx.insert(giftCustody).values({ giftId, disposition: c.disposition, location: c.location, note: c.note, byUserId: ctx.viewer?.id ?? null });
}

export async function createGift(deps: Deps, ctx: RequestContext, input: Input) {
  const access = accessForCreate(ctx, giftResource, input);
  await checkAccessReferences(deps.db, ctx, access);
  await checkInput(deps.db, ctx, input);
  const { classification: _c, sharedWith: _s, restrictedTo: _r, value, ...fields } = input;
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    const { code } = await allocateNumber(tx, ctx, { series: GIFT_SERIES, record: { type: 'gift', id }, at: new Date(`${fields.date}T12:00:00Z`) });
    const values = { ...fields, ...(await postsOf(tx, ctx, fields)), ...moneyValues('value', value ?? null), reference: code };
    const [row] = await tx
      .insert(gifts)
      .values({ ...values, ...accessColumns(access), id, searchText: searchText({ ...values, occasion: values.occasion ?? null, donorName: values.donorName ?? null, recipientName: values.recipientName ?? null, location: values.location ?? null }), createdBy: ctx.viewer?.id ?? null })
      .returning();
    await recordAudit(tx, ctx, { action: 'gift.create', recordType: 'gift', recordId: id, changes: diff(null, row, FIELDS) });
    await addCustody(tx, ctx, id, { disposition: row.disposition, location: row.location, note: null });
    await indexGift(tx, row);
  });
  return getGift(deps, ctx, id);
}

export const giftRecord: RecordWriteSpec<typeof gifts> = { table: gifts, resource: giftResource, notFound: giftNotFound, forbidden: giftWriteForbidden };

export async function updateGift(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  await withRecordForWrite(deps, ctx, giftRecord, id, 'update', async (tx, current) => {
    const access = accessForUpdate(ctx, giftResource, current, input);
    if (access) await checkAccessReferences(tx, ctx, access);
    await checkInput(tx, ctx, input, current);
    const { classification: _c, sharedWith: _s, restrictedTo: _r, value, ...fields } = input;
    const defined = definedOnly(fields);
    const merged = { ...current, ...defined };
    const posts = defined.date || defined.donorPersonId !== undefined || defined.recipientPersonId !== undefined ? await postsOf(tx, ctx, merged) : {};
    const next = { ...merged, ...posts };
    const [after] = await tx
      .update(gifts)
      .set({ ...defined, ...posts, ...(value !== undefined ? moneyValues('value', value) : {}), ...(access ? accessColumns(access) : {}), searchText: searchText(next), updatedAt: new Date() })
      .where(eq(gifts.id, id))
      .returning();
    const changes = diff(current, after, FIELDS);
    if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: 'gift.update', recordType: 'gift', recordId: id, changes });
    await indexGift(tx, after);
  });
  return getGift(deps, ctx, id);
}

/** Moves a gift in custody (on display, deposited, transferred …): the gift's disposition and location change and the move is kept in its history. */
export async function moveGiftCustody(deps: Deps, ctx: RequestContext, id: string, input: Custody) {
  await withRecordForWrite(deps, ctx, giftRecord, id, 'update', async (tx, current) => {
    const location = input.location ?? current.location;
    const [after] = await tx.update(gifts).set({ disposition: input.disposition, location, updatedAt: new Date() }).where(eq(gifts.id, id)).returning();
    await addCustody(tx, ctx, id, { disposition: input.disposition, location, note: input.note ?? null });
    await recordAudit(tx, ctx, { action: 'gift.custody', recordType: 'gift', recordId: id, changes: { ...diff(current, after, ['disposition', 'location'] as const), note: { after: input.note ?? null } } });
    await indexGift(tx, after);
  });
  return getGift(deps, ctx, id);
}

export async function setGiftArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await setRecordArchived(deps, ctx, giftRecord, id, archived, async (tx, row) => {
    await indexGift(tx, row);
  });
  return getGift(deps, ctx, id);
}
