// Codelists for modules: checking that a value is a usable code (400 naming the field), and reading lists and labels.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Codelist, CodelistItem, Labels } from '../../../shared/codelists.ts';
import type { Executor } from '../../db/client.ts';
import { codelistItems, codelists } from '../../db/schema/codelists.table.ts';
import { codeNotYetValid, codeWithdrawn, codelistNotFound, unknownCode } from './codelists.errors.ts';

export type CodeCheckOptions = {
  /** The day the code must be valid on (default today, UTC); a past day admits codes withdrawn since. */
  on?: Date | string;
  /**
   * Values the record already holds: accepted as they are (withdrawn since, or
   * from before the field was checked against the list), so an edit that
   * resends them does not fail; only new values must be usable codes.
   */
  keep?: readonly string[] | null;
};

type ItemRow = typeof codelistItems.$inferSelect;

const dayOf = (on: Date | string | undefined) => (typeof on === 'string' ? on : (on ?? new Date()).toISOString().slice(0, 10));

/** Why a code may not be used on `day`, or null when it may. */
function refusal(item: Pick<ItemRow, 'validFrom' | 'validTo' | 'withdrawn'>, day: string): 'withdrawn' | 'not_yet_valid' | null {
  if (item.validFrom && day < item.validFrom) return 'not_yet_valid';
  if (item.validTo && day > item.validTo) return 'withdrawn';
  if (item.withdrawn && !item.validTo) return 'withdrawn';
  return null;
}

async function listName(db: Executor, list: string): Promise<string> {
  const [row] = await db.select({ names: codelists.names }).from(codelists).where(eq(codelists.list, list));
  if (!row) throw new Error(`There is no codelist ${list}: add its data file to platform/records/codelist-data.`);
  return row.names.en;
}

/**
 * Checks that every value is a code of `list` usable on the day; otherwise a
 * 400 naming the value's field, `field.<index>` (e.g. `dacCodes.1`). One query.
 */
export async function checkCodes(db: Executor, list: string, codes: readonly string[], field: string, opts: CodeCheckOptions = {}): Promise<void> {
  if (codes.length === 0) return;
  await checkIndexed(db, list, codes, (i) => `${field}.${i}`, opts);
}

/** Checks one value (null and undefined pass: whether it is required is the schema's business). */
export async function checkCode(db: Executor, list: string, code: string | null | undefined, field: string, opts: CodeCheckOptions = {}): Promise<void> {
  if (code === null || code === undefined) return;
  await checkIndexed(db, list, [code], () => field, opts);
}

async function checkIndexed(db: Executor, list: string, codes: readonly string[], fieldOf: (i: number) => string, opts: CodeCheckOptions) {
  const rows = await db
    .select({ code: codelistItems.code, validFrom: codelistItems.validFrom, validTo: codelistItems.validTo, withdrawn: codelistItems.withdrawn })
    .from(codelistItems)
    .where(and(eq(codelistItems.list, list), inArray(codelistItems.code, [...new Set(codes)])));
  const found = new Map(rows.map((r) => [r.code, r]));
  const day = dayOf(opts.on);
  for (const [i, code] of codes.entries()) {
    if (opts.keep?.includes(code)) continue;
    const item = found.get(code);
    if (!item) throw unknownCode(fieldOf(i), code, await listName(db, list));
    const why = refusal(item, day);
    if (why === 'withdrawn') throw codeWithdrawn(fieldOf(i), code, await listName(db, list), item.validTo);
    if (why === 'not_yet_valid') throw codeNotYetValid(fieldOf(i), code, item.validFrom!);
  }
}

const toItem = (r: ItemRow, day: string, descriptions: boolean): CodelistItem => ({
  code: r.code,
  labels: r.labels,
  ...(descriptions ? { descriptions: r.descriptions } : {}),
  validFrom: r.validFrom,
  validTo: r.validTo,
  withdrawn: r.withdrawn,
  active: refusal(r, day) === null,
  attributes: r.attributes,
});

/** A whole list in its source order; 404 when there is no such list. */
export async function getCodelist(db: Executor, list: string, opts: { active?: boolean; descriptions?: boolean; on?: Date | string } = {}): Promise<Codelist & { digest: string }> {
  const [head] = await db.select().from(codelists).where(eq(codelists.list, list));
  if (!head) throw codelistNotFound(list);
  const day = dayOf(opts.on);
  const rows = await db.select().from(codelistItems).where(eq(codelistItems.list, list)).orderBy(asc(codelistItems.position), asc(codelistItems.code));
  const items = rows.map((r) => toItem(r, day, opts.descriptions ?? false)).filter((i) => !opts.active || i.active);
  const { loadedAt: _l, digest, ...meta } = head;
  return { ...meta, digest, items };
}

/** Every list with its number of codes. */
export async function listCodelists(db: Executor) {
  const rows = await db
    .select({ list: codelists.list, names: codelists.names, source: codelists.source, sourceUrl: codelists.sourceUrl, licence: codelists.licence, version: codelists.version, codes: count(codelistItems.code) })
    .from(codelists)
    .leftJoin(codelistItems, eq(codelistItems.list, codelists.list))
    .groupBy(codelists.list)
    .orderBy(asc(codelists.list));
  return { items: rows };
}

/** Labels of some codes of a list, e.g. to print sector names in an export; codes not in the list are absent. */
export async function codeLabels(db: Executor, list: string, codes: readonly string[]): Promise<Map<string, Labels>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: codelistItems.code, labels: codelistItems.labels })
    .from(codelistItems)
    .where(and(eq(codelistItems.list, list), inArray(codelistItems.code, [...new Set(codes)])));
  return new Map(rows.map((r) => [r.code, r.labels]));
}
