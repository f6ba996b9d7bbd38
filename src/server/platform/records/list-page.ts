// One page of any list: access predicate, archived filter, sort, keyset cursor, limit + 1 and a bounded total on the first page, wired once.
import { type AnyColumn, and, count, getTableColumns, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { type ClassifiedColumns, visibleTo } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';
import { afterCursor, archivedFilter, orderBy, page, parseSort, type SortKey } from './keyset.ts';

export type { SortKey } from './keyset.ts';
export type ArchivedMode = 'exclude' | 'include' | 'only';

/** What every list request carries (see `listQueryBase` in src/shared/common.ts). */
export type PageQuery = { sort: string; cursor?: string; limit: number; archived?: ArchivedMode; total?: boolean };
/**
 * One page. `total` is counted on the first page (or when `query.total` asks)
 * and stops at `TOTAL_CAP`: a list with more rows answers `total: TOTAL_CAP`
 * with `totalCapped: true` ("more than 10,000"), so the count costs the same
 * at any table size. Later pages carry no total.
 */
export type Page<Row> = { items: Row[]; nextCursor: string | null; total?: number; totalCapped?: boolean };

/** The most rows a list's total counts; past it the total says "more than". */
export const TOTAL_CAP = 10_000;

/** A select that `listPage` finishes with its where, order and limit (or limit and offset, to look past the cap). */
type Rows<Raw> = {
  where(w: SQL | undefined): {
    orderBy(...o: SQL[]): { limit(n: number): PromiseLike<Raw[]> };
    limit(n: number): { offset(n: number): PromiseLike<unknown[]> };
  };
};
/** `db.select({ n: count() }).from(…)` with the joins the filter needs. */
type Counted = { where(w: SQL | undefined): PromiseLike<{ n: number }[]> };

export type ListSpec<Raw, Row extends { id: string }, K extends string> = {
  /** The rows with their joins, before where, order and limit. */
  rows: () => Rows<Raw>;
  /** The same rows, counted (only when the total is needed and the list has no more than `TOTAL_CAP` rows). */
  count: () => Counted;
  /** A raw row as the list's row (what the sort keys read). */
  map: (raw: Raw) => Row;
  /** The id column that breaks ties in the keyset order. */
  id: AnyColumn;
  /** Who may see what: `visibleTo(ctx, table)` of the record that decides (the listed one, or the one it belongs to). */
  access: SQL;
  /** The column the `archived` parameter filters on. */
  archivedAt?: AnyColumn;
  /** The list's own filters; `undefined` entries are ignored. */
  where?: (SQL | undefined)[];
  sortKeys: Record<K, SortKey<Row>>;
};

/**
 * One page of a list, as every list endpoint answers it: the rows `spec.access`
 * lets through, filtered, in the order `query.sort` names, after the cursor,
 * `limit` of them with the cursor of the next page, and on the first page the
 * total (see `Page`).
 */
export async function listPage<Raw, Row extends { id: string }, K extends string>(
  query: PageQuery,
  spec: ListSpec<Raw, Row, K>,
  cap = TOTAL_CAP,
): Promise<Page<Row>> {
  const archived = spec.archivedAt ? archivedFilter(spec.archivedAt, query.archived ?? 'exclude') : undefined;
  const filter = and(spec.access, archived, ...(spec.where ?? []));
  const { key, desc } = parseSort(query.sort, spec.sortKeys);
  const raw = await spec
    .rows()
    .where(and(filter, afterCursor(query.cursor, key, spec.id, desc)))
    .orderBy(...orderBy(key, spec.id, desc))
    .limit(query.limit + 1);
  const result: Page<Row> = page(raw.map(spec.map), query.limit, key);
  if (query.cursor && !query.total) return result;
  return { ...result, ...(await boundedTotal(query, spec, filter, raw.length, cap)) };
}

/**
 * The total of a list's rows, counted no further than `TOTAL_CAP`: a first
 * page that is not full is its own total; otherwise one row looked up past the
 * cap says whether there are more, and only a list within the cap is counted.
 * (`cap` other than `TOTAL_CAP` only in tests.)
 */
async function boundedTotal<Raw, Row extends { id: string }, K extends string>(
  query: PageQuery,
  spec: ListSpec<Raw, Row, K>,
  filter: SQL | undefined,
  fetched: number,
  cap: number,
): Promise<{ total: number; totalCapped?: boolean }> {
  if (!query.cursor && fetched <= query.limit) return { total: fetched };
  const beyond = await spec.rows().where(filter).limit(1).offset(cap);
  if (beyond.length > 0) return { total: cap, totalCapped: true };
  const [{ n }] = await spec.count().where(filter);
  return { total: Number(n) };
}

/** A table's columns less the ones no answer reads (`searchText` serves only the text search). */
function answeredColumns(table: PgTable) {
  const { searchText: _, ...columns } = getTableColumns(table);
  return columns;
}

type RecordTable = PgTable & ClassifiedColumns & { id: AnyColumn; archivedAt: AnyColumn };

/**
 * `listPage` for a classified table listed on its own: access and archived
 * filter from the table's own columns. `rows` defaults to the table's rows.
 */
export function listRecords<T extends RecordTable, Raw = T['$inferSelect'], Row extends { id: string } = Raw & { id: string }, K extends string = string>(
  db: Executor,
  ctx: RequestContext,
  table: T,
  query: PageQuery,
  spec: Pick<ListSpec<Raw, Row, K>, 'sortKeys'> & Partial<Pick<ListSpec<Raw, Row, K>, 'rows' | 'map' | 'where'>>,
): Promise<Page<Row>> {
  return listPage(query, {
    rows: spec.rows ?? (() => db.select(answeredColumns(table)).from(table as PgTable) as unknown as Rows<Raw>),
    count: () => db.select({ n: count() }).from(table as PgTable),
    map: spec.map ?? ((r) => r as unknown as Row),
    id: table.id,
    access: visibleTo(ctx, table),
    archivedAt: table.archivedAt,
    where: spec.where,
    sortKeys: spec.sortKeys,
  });
}
