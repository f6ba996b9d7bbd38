// What each constraint of the schema concerns (its table and the API field names of its columns), and the database's violation errors read alike on PGlite and node-postgres.
import { Column, getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { getTableConfig, IndexedColumn, PgTable } from 'drizzle-orm/pg-core';
import { checkMeaning } from './columns.ts';
import * as schema from './schema/index.ts';

export type ConstraintKind = 'check' | 'foreign_key' | 'unique';

export type ConstraintInfo = {
  kind: ConstraintKind;
  table: string;
  /** The field (column key in the Drizzle table, as the API names it) an answer names. */
  field: string | null;
  /** For a CHECK: what it tells the user. */
  message?: string;
  /** For a foreign key: the table it points at. */
  references?: string;
};

/**
 * A database error of the classes input can reach: integrity constraint
 * violations (23) and data exceptions (22). Both drivers give the same
 * fields (PGlite's error and pg's `DatabaseError`), and Drizzle wraps them in
 * `DrizzleQueryError` with the driver's error as `cause`.
 */
export type DatabaseViolation = {
  /** SQLSTATE, e.g. 23505. */
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The statement that failed, when Drizzle wrapped the error. */
  query?: string;
};

export function databaseViolation(err: unknown): DatabaseViolation | null {
  const wrapped = err instanceof DrizzleQueryError;
  const cause = (wrapped ? err.cause : err) as Partial<Record<'code' | 'constraint' | 'table' | 'column', unknown>> | undefined;
  if (!cause || typeof cause !== 'object' || typeof cause.code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(cause.code)) return null;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return { code: cause.code, constraint: text(cause.constraint), table: text(cause.table), column: text(cause.column), query: wrapped ? err.query : undefined };
}

/** PostgreSQL keeps the first 63 bytes of an identifier (Drizzle's generated foreign-key names can be longer). */
export const storedName = (name: string) => Buffer.from(name).subarray(0, 63).toString();

type Index = { constraints: Map<string, ConstraintInfo>; fields: Map<string, Map<string, string>> };
let built: Index | undefined;

/** The database names of the columns an SQL expression mentions, in order. */
function columnsIn(value: SQL): string[] {
  return value.queryChunks.flatMap((chunk) => (is(chunk, Column) ? [chunk.name] : is(chunk, SQL) ? columnsIn(chunk) : []));
}

function build(): Index {
  const constraints = new Map<string, ConstraintInfo>();
  const fields = new Map<string, Map<string, string>>();
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    const table = config.name;
    const keyOf = new Map(Object.entries(getTableColumns(value)).map(([key, c]) => [c.name, key]));
    fields.set(table, keyOf);
    const field = (column: string | undefined) => (column ? (keyOf.get(column) ?? column) : null);
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      constraints.set(storedName(fk.getName()), { kind: 'foreign_key', table, field: field(ref.columns[0]?.name), references: getTableName(ref.foreignTable) });
    }
    for (const c of config.checks) {
      const meaning = checkMeaning(c.name);
      constraints.set(c.name, { kind: 'check', table, field: field(meaning?.column ?? columnsIn(c.value).at(-1)), message: meaning?.message });
    }
    for (const i of config.indexes) {
      if (!i.config.unique || !i.config.name) continue;
      const columns = i.config.columns.flatMap((c) => (is(c, SQL) ? columnsIn(c) : is(c, IndexedColumn) && c.name ? [c.name] : []));
      // The last column is the one a user chose; the ones before it scope it (the body, the meeting).
      constraints.set(i.config.name, { kind: 'unique', table, field: field(columns.at(-1)) });
    }
  }
  return { constraints, fields };
}

/** What the constraint of this name concerns, if the schema declares it. */
export function describeConstraint(name: string): ConstraintInfo | undefined {
  built ??= build();
  return built.constraints.get(name);
}

/** The API field name of a table's column (e.g. `party_code` → `partyCode`). */
export function fieldOfColumn(table: string, column: string): string {
  built ??= build();
  return built.fields.get(table)?.get(column) ?? column;
}

/** Every foreign key, CHECK and unique index the schema declares, by the name the database stores. */
export function declaredConstraints(): { name: string; kind: ConstraintKind }[] {
  built ??= build();
  return [...built.constraints].map(([name, c]) => ({ name, kind: c.kind }));
}
