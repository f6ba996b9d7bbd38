import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../columns.ts';
import { users } from './accounts.table.ts';

export const DELIVERY_MODES = ['immediate', 'digest', 'off'] as const;

/** One notification for one user about one record. Text is rendered from kind + params in the reader's language. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    params: jsonb('params').$type<Record<string, string | number | null>>().notNull().default({}),
    /** How e-mail is sent for it, fixed by the user's preference when it was raised. */
    delivery: text('delivery', { enum: DELIVERY_MODES }).notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
    /** When it went out by e-mail, alone or in a digest. */
    mailedAt: instant('mailed_at'),
  },
  (t) => [
    // a user's notification list, newest first
    index('notifications_user_idx').on(t.userId, t.createdAt),
    // unread count in the header
    index('notifications_unread_idx').on(t.userId).where(sql`read_at is null`),
    // the daily digest: pending digest items
    index('notifications_digest_idx').on(t.userId).where(sql`delivery = 'digest' and mailed_at is null`),
  ],
);

export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    mode: text('mode', { enum: DELIVERY_MODES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Every e-mail Chancery composes. Sent over SMTP by a job when SMTP_URL is set; otherwise kept here for admins to read. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'kept', 'failed'] }).notNull().default('pending'),
    error: text('error'),
    createdAt: instant('created_at').notNull().defaultNow(),
    sentAt: instant('sent_at'),
  },
  // admin outbox list, newest first
  (t) => [index('mail_outbox_created_idx').on(t.createdAt)],
);
