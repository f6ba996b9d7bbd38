// Tables of the codelists: reference lists (sectors, DAC codes, currencies, IATI lists) loaded from data files shipped in the repository.
import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant } from '../columns.ts';

/** Text per language (`en` always, `ru` and others where the source has them). */
export type Labels = Record<string, string>;
/** Extra facts of a code, e.g. a currency's `minorUnits` or a DAC code's `category`. */
export type CodeAttributes = Record<string, string | number | boolean | null>;

/** One list, as last loaded: where it comes from and a digest of its data file, so an unchanged file is not loaded again. */
export const codelists = pgTable('codelists', {
  list: text('list').primaryKey(),
  names: jsonb('names').$type<Labels>().notNull(),
  source: text('source').notNull(),
  sourceUrl: text('source_url'),
  licence: text('licence'),
  version: text('version'),
  digest: text('digest').notNull(),
  loadedAt: instant('loaded_at').notNull().defaultNow(),
});

/**
 * The codes of every list. A code is never deleted: one that leaves its source
 * is marked withdrawn, so records that used it keep a valid reference and a label.
 */
export const codelistItems = pgTable(
  'codelist_items',
  {
    list: text('list')
      .notNull()
      .references(() => codelists.list, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    labels: jsonb('labels').$type<Labels>().notNull(),
    descriptions: jsonb('descriptions').$type<Labels>().notNull().default({}),
    /** The order of the source file. */
    position: integer('position').notNull(),
    /** First and last day the code may be used (either open). */
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** Withdrawn by its source: refused for new use (after `validTo`, when that is set). */
    withdrawn: boolean('withdrawn').notNull().default(false),
    attributes: jsonb('attributes').$type<CodeAttributes>().notNull().default({}),
  },
  (t) => [
    // checkCode and the foreign keys of code columns (money's currency) look codes up by list and code
    primaryKey({ columns: [t.list, t.code] }),
    check('codelist_items_validity_ck', sql`${t.validFrom} is null or ${t.validTo} is null or ${t.validFrom} <= ${t.validTo}`),
    check('codelist_items_label_en_ck', sql`${t.labels} ? 'en'`),
  ],
);
