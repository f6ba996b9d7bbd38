// Tables of the numbering service: series, their counters per year, and every number ever allocated.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { NUMBER_STATUSES } from '../../../shared/numbering.ts';
import { instant } from '../columns.ts';
import { users } from './accounts.table.ts';

/**
 * A series of numbers, e.g. `decision:<meetingId>` (JCC-20/D1, D2 …) or
 * `note_verbale:ASEAN` (No. 1/ASEAN/2026 …). Created on first use with the
 * caller's format; a format changed later applies to numbers allocated after.
 */
export const numberSeries = pgTable('number_series', {
  key: text('key').primaryKey(),
  /** Placeholders `{n}`, `{n:4}`, `{yyyy}`, `{yy}` and caller values such as `{prefix}` (see shared/numbering.ts). */
  format: text('format').notNull(),
  /** Counting starts again at 1 each year. */
  perYear: boolean('per_year').notNull().default(false),
  /** The zone whose calendar says which year a number belongs to. */
  timeZone: text('time_zone').notNull().default('UTC'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/**
 * The last number allocated in a series (and year). Allocation increments it
 * with `INSERT … ON CONFLICT DO UPDATE`: the row stays locked until the
 * allocating transaction ends, so numbers are consecutive and a rolled-back
 * transaction gives its number back.
 */
export const numberCounters = pgTable(
  'number_counters',
  {
    seriesKey: text('series_key')
      .notNull()
      .references(() => numberSeries.key, { onDelete: 'restrict' }),
    /** The year counted, or 0 for a series not counted per year. */
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.seriesKey, t.year] }), check('number_counters_last_ck', sql`${t.last} >= 1 and ${t.year} >= 0`)],
);

/** The register: each number with the record it was given to. Nothing is deleted; a cancelled number stays, cancelled. */
export const allocatedNumbers = pgTable(
  'allocated_numbers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seriesKey: text('series_key')
      .notNull()
      .references(() => numberSeries.key, { onDelete: 'restrict' }),
    /** As in number_counters: 0 when the series is not counted per year. */
    year: integer('year').notNull(),
    n: integer('n').notNull(),
    code: text('code').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    status: text('status', { enum: NUMBER_STATUSES }).notNull().default('allocated'),
    allocatedAt: instant('allocated_at').notNull().defaultNow(),
    allocatedBy: uuid('allocated_by').references(() => users.id, { onDelete: 'restrict' }),
    cancelledAt: instant('cancelled_at'),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'restrict' }),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    // one number once per series and year; the register in order
    uniqueIndex('allocated_numbers_series_n_uq').on(t.seriesKey, t.year, t.n),
    // a code names one number of its series; lookup by code
    uniqueIndex('allocated_numbers_series_code_uq').on(t.seriesKey, t.code),
    // the numbers a record was given
    index('allocated_numbers_record_idx').on(t.recordType, t.recordId),
    check('allocated_numbers_n_ck', sql`${t.n} >= 1 and ${t.year} >= 0`),
    check('allocated_numbers_status_ck', sql`${t.status} in (${sql.raw(NUMBER_STATUSES.map((s) => `'${s}'`).join(', '))})`),
    check('allocated_numbers_cancelled_ck', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
  ],
);
