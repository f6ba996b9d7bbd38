// The links between records of any modules (platform/records/links.ts).
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../columns.ts';

/**
 * One row per link from one record to another: a meeting to the consultation
 * it discussed, an agenda item to the decision it carries over. The ends are
 * named by record type and id (types are declared in
 * `platform/records/record-types.ts`); a link has no access fields of its own,
 * it is visible exactly when both ends are.
 */
export const recordLinks = pgTable(
  'record_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromType: text('from_type').notNull(),
    fromId: uuid('from_id').notNull(),
    toType: text('to_type').notNull(),
    toId: uuid('to_id').notNull(),
    /** `related` (added on a record's page), `references` (a record's own `links` field), … */
    kind: text('kind').notNull(),
    /** Order among the links of one record and kind, as a `links` field lists them. */
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    // one link per pair and kind; also serves the links from a record (linksOf, replaceLinks)
    uniqueIndex('record_links_from_to_kind_uq').on(t.fromType, t.fromId, t.toType, t.toId, t.kind),
    // the links to a record (linksOf, the other direction)
    index('record_links_to_idx').on(t.toType, t.toId),
    check('record_links_not_to_itself', sql`not (${t.fromType} = ${t.toType} and ${t.fromId} = ${t.toId})`),
  ],
);
