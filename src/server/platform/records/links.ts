// Links between records of any modules: write them (checked, audited) and read them (both ends visible).
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { recordLinks } from '../../db/schema/links.table.ts';
import { can } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import type { AppError } from '../errors.ts';
import { linkExists, linkForbidden, linkToItself, unknownRecord, unknownRecordType } from './links.errors.ts';
import { type RecordRef, type RecordSummary, loadRecord, loadRecordRefs, recordType, refKey } from './record-types.ts';

export type LinkRow = typeof recordLinks.$inferSelect;
/** A link as a reader sees it: the other end, visible to them, and which way the link points. */
export type VisibleLink = { link: LinkRow; direction: 'outgoing' | 'incoming'; other: RecordRef & RecordSummary };

const fromOf = (l: LinkRow): RecordRef => ({ recordType: l.fromType, recordId: l.fromId });
const toOf = (l: LinkRow): RecordRef => ({ recordType: l.toType, recordId: l.toId });
const sameRecord = (a: RecordRef, b: RecordRef) => refKey(a) === refKey(b);
const linkFact = (l: LinkRow) => ({ id: l.id, kind: l.kind, recordType: l.toType, recordId: l.toId });

/** The record `ref` as `ctx` sees it; a type nobody declared, or a missing or hidden record, is refused naming `field`. */
async function visibleEnd(db: Executor, ctx: RequestContext, ref: RecordRef, field: string): Promise<RecordSummary> {
  if (!recordType(ref.recordType)) throw unknownRecordType(`${field}.recordType`, ref.recordType);
  const rec = await loadRecord(db, ctx, ref);
  if (!rec) throw unknownRecord(`${field}.recordId`, ref.recordType);
  return rec;
}

/** May `ctx` change the links of `rec`: whoever may update the record. */
export function mayLinkFrom(ctx: RequestContext, type: string, rec: RecordSummary): boolean {
  const policy = rec.policy ?? recordType(type)?.policy;
  return !!policy && can(ctx, 'update', policy, rec.access);
}

/** The record links start from: visible to `ctx` (else `hidden()`) and changeable by them (else 403). */
async function writableFrom(db: Executor, ctx: RequestContext, from: RecordRef, hidden: () => AppError) {
  const rec = recordType(from.recordType) ? await loadRecord(db, ctx, from) : null;
  if (!rec) throw hidden();
  if (!mayLinkFrom(ctx, from.recordType, rec)) throw linkForbidden();
  return rec;
}

/**
 * Links `from` to `to`. The writer must be allowed to change `from` and to see
 * `to`; a missing or hidden end is refused naming `fields.from` or `fields.to`.
 * Audited on `from` in the caller's transaction.
 */
export async function linkRecords(tx: Tx, ctx: RequestContext, from: RecordRef, to: RecordRef, kind: string, fields = { from: 'from', to: 'to' }): Promise<LinkRow> {
  if (!mayLinkFrom(ctx, from.recordType, await visibleEnd(tx, ctx, from, fields.from))) throw linkForbidden();
  if (sameRecord(from, to)) throw linkToItself(`${fields.to}.recordId`);
  await visibleEnd(tx, ctx, to, fields.to);
  const [row] = await tx
    .insert(recordLinks)
    .values({ fromType: from.recordType, fromId: from.recordId, toType: to.recordType, toId: to.recordId, kind, createdBy: ctx.viewer?.id ?? null })
    .onConflictDoNothing()
    .returning();
  if (!row) throw linkExists();
  await recordAudit(tx, ctx, { action: `${from.recordType}.link`, recordType: from.recordType, recordId: from.recordId, changes: { link: { after: linkFact(row) } } });
  return row;
}

/** Removes one link (the caller has checked who may); audited on the record it starts from. */
export async function deleteLink(tx: Tx, ctx: RequestContext, link: LinkRow) {
  const [gone] = await tx.delete(recordLinks).where(eq(recordLinks.id, link.id)).returning();
  if (!gone) return false;
  await recordAudit(tx, ctx, { action: `${gone.fromType}.unlink`, recordType: gone.fromType, recordId: gone.fromId, changes: { link: { before: linkFact(gone) } } });
  return true;
}

/** Removes the link of `kind` from `from` to `to`, if there is one. The writer must be allowed to change `from`. */
export async function unlinkRecords(tx: Tx, ctx: RequestContext, from: RecordRef, to: RecordRef, kind: string): Promise<boolean> {
  await writableFrom(tx, ctx, from, () => unknownRecord('from.recordId', from.recordType));
  const [row] = await tx
    .select()
    .from(recordLinks)
    .where(and(eq(recordLinks.fromType, from.recordType), eq(recordLinks.fromId, from.recordId), eq(recordLinks.toType, to.recordType), eq(recordLinks.toId, to.recordId), eq(recordLinks.kind, kind)))
    .for('update');
  return row ? deleteLink(tx, ctx, row) : false;
}

/** The links of `kind` from records of one type, in their order, and which of them lead to records `ctx` may see. */
async function linksFrom(db: Executor, ctx: RequestContext, type: string, ids: string[], kind: string) {
  if (ids.length === 0) return { rows: [], visible: new Set<string>() };
  const rows = await db
    .select()
    .from(recordLinks)
    .where(and(eq(recordLinks.fromType, type), inArray(recordLinks.fromId, ids), eq(recordLinks.kind, kind)))
    .orderBy(asc(recordLinks.position), asc(recordLinks.id));
  const seen = await loadRecordRefs(db, ctx, rows.map(toOf));
  return { rows, visible: new Set(rows.filter((r) => seen.has(refKey(toOf(r)))).map((r) => r.id)) };
}

/**
 * A record's own list of links (a `links` field) as `ctx` sees it: for each of
 * `ids` (records of `type` the caller already may see), the records of `kind`
 * it links to that `ctx` may see, in order. One query for the links and one
 * per type of record linked.
 */
export async function linkedRefs(db: Executor, ctx: RequestContext, type: string, ids: string[], kind: string): Promise<Map<string, RecordRef[]>> {
  const out = new Map<string, RecordRef[]>(ids.map((id) => [id, []]));
  const { rows, visible } = await linksFrom(db, ctx, type, ids, kind);
  for (const r of rows) if (visible.has(r.id)) out.get(r.fromId)?.push(toOf(r));
  return out;
}

/**
 * Makes `links` the list of links of `kind` from `from`, in that order.
 * Links to records the writer may not see are kept: they cannot be named in
 * the request, so leaving them out does not remove them. Each entry must be
 * a record the writer may see (refused naming `<field>.<i>.recordId`);
 * repeats are dropped. Audited on `from` when the list the writer sees changed.
 */
export async function replaceLinks(tx: Tx, ctx: RequestContext, from: RecordRef, links: RecordRef[], kind: string, field = 'links') {
  await writableFrom(tx, ctx, from, linkForbidden);
  for (const [i, l] of links.entries()) {
    if (!recordType(l.recordType)) throw unknownRecordType(`${field}.${i}.recordType`, l.recordType);
    if (sameRecord(from, l)) throw linkToItself(`${field}.${i}.recordId`);
  }
  const targets = await loadRecordRefs(tx, ctx, links);
  for (const [i, l] of links.entries()) if (!targets.has(refKey(l))) throw unknownRecord(`${field}.${i}.recordId`, l.recordType);
  const wanted = [...new Map(links.map((l) => [refKey(l), { recordType: l.recordType, recordId: l.recordId.toLowerCase() }])).values()];

  const { rows, visible } = await linksFrom(tx, ctx, from.recordType, [from.recordId], kind);
  const before = rows.filter((r) => visible.has(r.id)).map(toOf);
  if (before.length === wanted.length && before.every((b, i) => sameRecord(b, wanted[i]))) return;
  // The new list takes the places of the links the writer sees, in its order; links to records hidden from them keep theirs.
  const queue = [...wanted];
  const order = [...rows.flatMap((r) => (visible.has(r.id) ? queue.splice(0, 1) : [toOf(r)])), ...queue];
  const existing = new Map(rows.map((r) => [refKey(toOf(r)), r]));
  const kept = new Set(order.map(refKey));
  const gone = rows.filter((r) => !kept.has(refKey(toOf(r))));
  if (gone.length) await tx.delete(recordLinks).where(inArray(recordLinks.id, gone.map((g) => g.id)));
  const added: (typeof recordLinks.$inferInsert)[] = [];
  for (const [position, to] of order.entries()) {
    const row = existing.get(refKey(to));
    if (!row) added.push({ fromType: from.recordType, fromId: from.recordId, toType: to.recordType, toId: to.recordId, kind, position, createdBy: ctx.viewer?.id ?? null });
    else if (row.position !== position) await tx.update(recordLinks).set({ position }).where(eq(recordLinks.id, row.id));
  }
  if (added.length) await tx.insert(recordLinks).values(added);
  await recordAudit(tx, ctx, { action: `${from.recordType}.set_links`, recordType: from.recordType, recordId: from.recordId, changes: { [field]: { before, after: wanted } } });
}

/**
 * Removes every link from or to a record that is being deleted (an agenda
 * item, a work-plan line), each audited on the record it started from.
 */
export async function dropLinksOf(tx: Tx, ctx: RequestContext, ref: RecordRef) {
  const rows = await tx
    .select()
    .from(recordLinks)
    .where(or(and(eq(recordLinks.fromType, ref.recordType), eq(recordLinks.fromId, ref.recordId)), and(eq(recordLinks.toType, ref.recordType), eq(recordLinks.toId, ref.recordId))));
  for (const row of rows) await deleteLink(tx, ctx, row);
}

/**
 * Every link from or to `ref`, of any kind, whose other end `ctx` may see;
 * null when `ctx` may not see `ref` itself. A link to a hidden record is left
 * out, indistinguishable from no link. Newest first.
 */
export async function linksOf(db: Executor, ctx: RequestContext, ref: RecordRef): Promise<{ record: RecordSummary; links: VisibleLink[] } | null> {
  const record = await loadRecord(db, ctx, ref);
  if (!record) return null;
  const rows = await db
    .select()
    .from(recordLinks)
    .where(or(and(eq(recordLinks.fromType, ref.recordType), eq(recordLinks.fromId, record.id)), and(eq(recordLinks.toType, ref.recordType), eq(recordLinks.toId, record.id))));
  const outgoing = (l: LinkRow) => l.fromType === ref.recordType && l.fromId === record.id;
  const otherOf = (l: LinkRow) => (outgoing(l) ? toOf(l) : fromOf(l));
  const others = await loadRecordRefs(db, ctx, rows.map(otherOf));
  const links: VisibleLink[] = [];
  for (const link of rows) {
    const end = otherOf(link);
    const other = others.get(refKey(end));
    if (other) links.push({ link, direction: outgoing(link) ? 'outgoing' : 'incoming', other: { ...other, ...end } });
  }
  return { record, links: links.sort((a, b) => b.link.createdAt.getTime() - a.link.createdAt.getTime() || (a.link.id < b.link.id ? 1 : -1)) };
}
