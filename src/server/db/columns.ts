import { sql } from 'drizzle-orm';
import { text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Instants are always timestamptz, kept to the millisecond so JS Dates (and cursors built from them) round-trip exactly. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/**
 * The columns every classified record carries. The access policy builds its SQL
 * predicate from exactly these, so a table that has them can be listed safely.
 */
export const classifiedColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  classification: text('classification', { enum: ['public', 'mission', 'shared', 'restricted'] })
    .notNull()
    .default('mission'),
  /** Party codes (ISO 3166-1 alpha-2, or EU) a `shared` record is shared with. */
  sharedParties: text('shared_parties').array().notNull().default(sql`'{}'::text[]`),
  /** Organisation ids a `shared` record is shared with. */
  sharedOrganizations: uuid('shared_organizations').array().notNull().default(sql`'{}'::uuid[]`),
  /** User ids a `restricted` record is open to (besides the head of mission). */
  restrictedTo: uuid('restricted_to').array().notNull().default(sql`'{}'::uuid[]`),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  archivedAt: instant('archived_at'),
  createdBy: uuid('created_by'),
});

/** Where a seeded or researched fact comes from (see the demo data rules). */
export const provenanceColumns = () => ({
  provenance: text('provenance', { enum: ['REAL', 'MIXED', 'INVENTED', 'UNVERIFIED'] }),
  sourceUrl: text('source_url'),
});
