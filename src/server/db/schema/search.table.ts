// The cross-module search index: one row per searchable record with a copy of its access fields.
import { type SQL, sql } from 'drizzle-orm';
import { customType, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { classifiedChecks, classifiedColumns } from '../columns.ts';
import { users } from './accounts.table.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One row per searchable record of any module, carrying a copy of the
 * record's access columns so the access policy filters hits inside the SQL.
 */
export const searchIndex = pgTable(
  'search_index',
  {
    ...classifiedColumns(() => users.id),
    /** The indexed record, of any module: no foreign key can name it (see docs/decisions/016). */
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    title: text('title').notNull(),
    /** Second line of a hit, e.g. an organisation's acronym and country. */
    subtitle: text('subtitle'),
    /** Text to find and to cut snippets from (document text, notes). */
    body: text('body').notNull().default(''),
    /** Normalised title, names in all scripts and keywords: for trigram matching of names and typos. */
    names: text('names').notNull().default(''),
    /** Normalised full text (names + body). */
    searchText: text('search_text').notNull().default(''),
    tsv: tsvector('tsv').generatedAlwaysAs((): SQL => sql`to_tsvector('simple', search_text)`),
  },
  (t) => [
    // upsert by record
    uniqueIndex('search_index_record_uq').on(t.recordType, t.recordId),
    // full-text match
    index('search_index_tsv_gin').using('gin', t.tsv),
    // names and typos (similarity) and substring match in scripts without spaces (Thai)
    index('search_index_names_trgm').using('gin', sql`${t.names} gin_trgm_ops`),
    index('search_index_text_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // type filter
    index('search_index_type_idx').on(t.recordType),
    ...classifiedChecks(t),
  ],
);
