// Tables of the calendar: dated items modules feed to it, and users' secret subscription feeds.
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CALENDAR_KINDS, CALENDAR_STATUSES } from '../../../shared/calendar.ts';
import type { Language } from '../../../shared/common.ts';
import { between, classifiedChecks, classifiedColumns, instant, oneOf, period } from '../columns.ts';
import { users } from './accounts.table.ts';

/** Dated items that modules feed to the calendar (meetings, deadlines, events, visits). */
export const calendarItems = pgTable(
  'calendar_items',
  {
    ...classifiedColumns(() => users.id),
    /** Stable iCalendar UID, generated once and never derived from mutable fields. */
    uid: uuid('uid').notNull().defaultRandom(),
    module: text('module').notNull(),
    /** The record it comes from, of any module: no foreign key can name it (see docs/decisions/016). */
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    /** Several items per record are allowed (e.g. a deadline and a reminder), told apart by this key. */
    itemKey: text('item_key').notNull().default('main'),
    /** Filter group within a module, e.g. a body's id. */
    groupKey: text('group_key'),
    /** What the item is (a meeting, a step of the procedural clock …), for the filter. */
    kind: text('kind', { enum: CALENDAR_KINDS }).notNull().default('event'),
    /** The title in English (the feed's and the list's fallback). */
    title: text('title').notNull(),
    /** The title in each language it was worded in (a generated title is worded in all), read in the reader's language. */
    titles: jsonb('titles').$type<Partial<Record<Language, string>>>(),
    description: text('description'),
    location: text('location'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at'),
    allDay: boolean('all_day').notNull().default(false),
    /** IANA zone the item is set in, e.g. Asia/Jakarta. */
    timeZone: text('time_zone').notNull(),
    /** Web path of the record the item links to. */
    url: text('url').notNull(),
    sequence: integer('sequence').notNull().default(0),
    status: text('status', { enum: CALENDAR_STATUSES }).notNull().default('confirmed'),
  },
  (t) => [
    // upsert by record and item
    uniqueIndex('calendar_items_record_uq').on(t.recordType, t.recordId, t.itemKey),
    uniqueIndex('calendar_items_uid_uq').on(t.uid),
    // month / week views: items overlapping a range
    index('calendar_items_starts_idx').on(t.startsAt),
    ...classifiedChecks(t),
    oneOf(t.status, CALENDAR_STATUSES),
    oneOf(t.kind, CALENDAR_KINDS),
    period(t.startsAt, t.endsAt),
    between(t.sequence, 0),
  ],
);

/** Personal iCalendar subscription URLs: secret, revocable. Only the token's hash is stored. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    revokedAt: instant('revoked_at'),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [
    // feed lookup by token
    uniqueIndex('calendar_feeds_token_uq').on(t.tokenHash),
    index('calendar_feeds_user_idx').on(t.userId),
  ],
);
