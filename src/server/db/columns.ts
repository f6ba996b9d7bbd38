// Column groups every table shares, and the CHECK constraints, written from the same tuples as the zod contract.
import { type SQL, getTableName, sql } from 'drizzle-orm';
import { type AnyPgColumn, type PgColumn, check, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { CLASSIFICATIONS, PROVENANCES } from '../../shared/common.ts';
import type { Names } from '../../shared/names.ts';

/** Instants are always timestamptz, kept to the millisecond so JS Dates (and cursors built from them) round-trip exactly. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/**
 * The columns every classified record carries. The access policy builds its SQL
 * predicate from exactly these, so a table that has them can be listed safely.
 * Give the table `...classifiedChecks(t)` too. `usersId` is `() => users.id`:
 * this file imports no table, so that table files can import each other.
 */
export const classifiedColumns = (usersId: () => AnyPgColumn) => ({
  id: uuid('id').primaryKey().defaultRandom(),
  classification: text('classification', { enum: CLASSIFICATIONS }).notNull().default('mission'),
  /** Party codes (ISO 3166-1 alpha-2, or EU) a `shared` record is shared with. */
  sharedParties: text('shared_parties').array().notNull().default(sql`'{}'::text[]`),
  /** Organisation ids a `shared` record is shared with. */
  sharedOrganizations: uuid('shared_organizations').array().notNull().default(sql`'{}'::uuid[]`),
  /** User ids a `restricted` record is open to (besides the head of mission). */
  restrictedTo: uuid('restricted_to').array().notNull().default(sql`'{}'::uuid[]`),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  archivedAt: instant('archived_at'),
  createdBy: uuid('created_by').references(usersId, { onDelete: 'restrict' }),
});

/** Where a seeded or researched fact comes from (see the demo data rules). Give the table `provenanceCheck(t)` too. */
export const provenanceColumns = () => ({
  provenance: text('provenance', { enum: PROVENANCES }),
  sourceUrl: text('source_url'),
});

// ---------- CHECK constraints ----------

/** What a CHECK tells a user when it refuses a write, and the column (database name) the answer names. */
export type CheckMeaning = { message: string; column?: string };
const meanings = new Map<string, CheckMeaning>();
/** The meaning of a CHECK written by these helpers, by constraint name (known once Drizzle has built the table's config). */
export const checkMeaning = (name: string) => meanings.get(name);

/**
 * Any other rule over a row: its constraint name, the words a user is shown
 * when it refuses a write, the SQL, and the column the answer names (by
 * default the last column the SQL mentions).
 */
export function rule(name: string, message: string, expr: SQL, blame?: PgColumn) {
  meanings.set(name, { message, column: blame?.name });
  return check(name, expr);
}

const tableOf = (c: PgColumn) => getTableName(c.table);
const nameOf = (c: PgColumn) => `${tableOf(c)}_${c.name}_check`;
const literals = (values: readonly string[]) => {
  for (const v of values) if (!/^[A-Za-z0-9_]+$/.test(v)) throw new Error(`The value ${v} cannot be written into a CHECK constraint.`);
  return sql.raw(values.map((v) => `'${v}'`).join(', '));
};
const number = (n: number) => {
  if (!Number.isInteger(n)) throw new Error(`Bounds of a CHECK are whole numbers, not ${n}.`);
  return sql.raw(String(n));
};

/**
 * The column holds one of `values`: the tuple from `src/shared/` that also
 * types the column (`text(name, { enum: values })`) and the contract
 * (`z.enum(values)`). Adding a value to the tuple and generating a migration
 * rewrites the CHECK. Null passes (NOT NULL is the column's own).
 */
export const oneOf = (column: PgColumn, values: readonly string[]) =>
  rule(nameOf(column), `Choose one of: ${values.join(', ')}.`, sql`${column} in (${literals(values)})`, column);

/** A period does not run backwards: `from <= to`. Either end may be open (null). */
export const period = (from: PgColumn, to: PgColumn, name = `${tableOf(from)}_period_check`) =>
  rule(name, 'The end must be on or after the start.', sql`${from} <= ${to}`, to);

/** A whole number of at least `min` (and at most `max`, when given). */
export const between = (column: PgColumn, min: number, max?: number) =>
  max === undefined
    ? rule(nameOf(column), `Use a number of at least ${min}.`, sql`${column} >= ${number(min)}`, column)
    : rule(nameOf(column), `Use a number from ${min} to ${max}.`, sql`${column} between ${number(min)} and ${number(max)}`, column);

const flatWithoutNulls = (column: PgColumn) => sql`coalesce(array_ndims(${column}), 1) = 1 and array_position(${column}, null) is null`;

/**
 * A list of party codes (two capital letters each), flat and without nulls.
 * The elements of an array cannot have a foreign key; the use cases check
 * that the parties exist, and parties are never deleted.
 */
export const partyCodeList = (column: PgColumn) =>
  rule(
    nameOf(column),
    'Use two-letter party codes, for example ID or VN.',
    sql`${flatWithoutNulls(column)} and array_to_string(${column}, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'`,
    column,
  );

/** A list of ids, flat and without nulls (what the ids name is checked by the use cases; see partyCodeList). */
export const idList = (column: PgColumn) => rule(nameOf(column), 'Every entry of the list must be an id.', flatWithoutNulls(column), column);

/** A jsonb column that holds a list (e.g. of record links, which name records of any module and so cannot have a foreign key). */
export const jsonList = (column: PgColumn) => rule(nameOf(column), 'Give a list.', sql`jsonb_typeof(${column}) = 'array'`, column);

/** The CHECKs of `classifiedColumns()`: a known classification and well-formed sharing and restriction lists. */
export const classifiedChecks = (t: { classification: PgColumn; sharedParties: PgColumn; sharedOrganizations: PgColumn; restrictedTo: PgColumn }) => [
  oneOf(t.classification, CLASSIFICATIONS),
  partyCodeList(t.sharedParties),
  idList(t.sharedOrganizations),
  idList(t.restrictedTo),
];

/** The CHECK of `provenanceColumns()`. */
export const provenanceCheck = (t: { provenance: PgColumn }) => oneOf(t.provenance, PROVENANCES);

// ---------- names in several languages ----------

/**
 * A record's names keyed by language (`{"en": "…", "ru": "…", "id": "…"}`,
 * decision 029), and `name_en`, generated from them, for sorting, indexes and
 * lists. Give the table `...namesChecks(t)` too.
 */
export const namesColumns = () => ({
  names: jsonb('names').$type<Names>().notNull(),
  nameEn: text('name_en')
    .notNull()
    .generatedAlwaysAs(sql`(names ->> 'en')`),
});

/**
 * The CHECKs of `namesColumns()`: an object; a non-empty English name; every
 * key a language code and every value text. Which languages are offered is
 * the contract's (NAME_LANGUAGES), so adding one needs no migration.
 */
export const namesChecks = (t: { names: PgColumn }) => {
  const table = tableOf(t.names);
  return [
    rule(`${table}_names_object_check`, 'Give the names as an object keyed by language.', sql`jsonb_typeof(${t.names}) = 'object'`, t.names),
    rule(`${table}_names_en_check`, 'Enter the name in English.', sql`length(btrim(coalesce(${t.names} ->> 'en', ''))) > 0`, t.names),
    rule(
      `${table}_names_keys_check`,
      'Key every name by a language code, for example en, ru or id, and give it as text.',
      sql`not jsonb_path_exists(${t.names}, '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")')`,
      t.names,
    ),
  ];
};

/** The name in one language from a `names` column, or null (`names ->> 'ru'`). */
export const nameInSql = (names: PgColumn, language: string) => sql<string | null>`(${names} ->> ${language})`;
