// Keyset pagination: sort keys, the cursor condition, the order and the page cut.
import { type AnyColumn, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { decodeKeysetCursor, encodeCursor } from '../http/cursor.ts';

/**
 * One way a list can be ordered: an SQL expression, how to read the raw value
 * off a row, and its SQL type. `wrap` applies the expression's function (e.g.
 * lower()) to the cursor's raw value in SQL, so JavaScript and the database
 * never disagree about case folding (İ, Σ).
 */
export type SortKey<Row> = { expr: SQL; value: (row: Row) => string | Date; type: 'text' | 'timestamptz'; wrap?: (v: SQL) => SQL };

/** Parses `name` / `-name` into the key and direction. */
export function parseSort<Row, K extends string>(sort: string, keys: Record<K, SortKey<Row>>) {
  const desc = sort.startsWith('-');
  const key = keys[sort.replace(/^-/, '') as K];
  return { key, desc };
}

/** Rows strictly after the cursor in (sort value, id) order: keyset pagination, stable under inserts. */
export function afterCursor<Row>(cursor: string | undefined, key: SortKey<Row>, id: AnyColumn, desc: boolean): SQL | undefined {
  if (!cursor) return undefined;
  const [value, lastId] = decodeKeysetCursor(cursor, key.type);
  const raw = key.type === 'timestamptz' ? sql`${value}::timestamptz` : sql`${value}`;
  const v = key.wrap ? key.wrap(raw) : raw;
  return desc ? sql`(${key.expr}, ${id}) < (${v}, ${lastId}::uuid)` : sql`(${key.expr}, ${id}) > (${v}, ${lastId}::uuid)`;
}

export function orderBy<Row>(key: SortKey<Row>, id: AnyColumn, desc: boolean): SQL[] {
  return desc ? [sql`${key.expr} desc`, sql`${id} desc`] : [sql`${key.expr} asc`, sql`${id} asc`];
}

/** Cuts the extra row fetched to know whether a next page exists, and makes its cursor. */
export function page<Row extends { id: string }>(rows: Row[], limit: number, key: SortKey<Row>) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const value = last ? key.value(last) : null;
  return {
    items,
    nextCursor:
      rows.length > limit && last && value !== null ? encodeCursor([value instanceof Date ? value.toISOString() : value, last.id]) : null,
  };
}

/** The `archived` list parameter: leave archived records out (default), include them, or show only them. */
export function archivedFilter(column: AnyColumn, mode: 'exclude' | 'include' | 'only'): SQL | undefined {
  return mode === 'exclude' ? isNull(column) : mode === 'only' ? isNotNull(column) : undefined;
}
