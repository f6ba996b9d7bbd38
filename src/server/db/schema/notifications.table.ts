// Tables of notifications: one row per user and event, delivery preferences per kind, and the e-mail outbox.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { LANGUAGES } from '../../../shared/common.ts';
import { DELIVERY_MODES, MAIL_STATUSES } from '../../../shared/notifications.ts';
import { instant, jsonList, oneOf } from '../columns.ts';
import { users } from './accounts.table.ts';

/** A file sent with an e-mail: a stored document version's file. */
export type MailAttachment = { storageKey: string; filename: string; mimeType: string };

/** One notification for one user about one record. Text is rendered from kind + params in the reader's language. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The record it is about, of any module: no foreign key can name it (see docs/decisions/016). */
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
    oneOf(t.delivery, DELIVERY_MODES),
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
  (t) => [primaryKey({ columns: [t.userId, t.kind] }), oneOf(t.mode, DELIVERY_MODES)],
);

/** Every e-mail Chancery composes. Sent over SMTP by a job when SMTP_URL is set; otherwise kept here for admins to read. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** Files sent with the message: stored files of documents (`{ storageKey, filename, mimeType }`), e.g. a note verbale's PDF. */
    attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('pending'),
    error: text('error'),
    createdAt: instant('created_at').notNull().defaultNow(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    // admin outbox list, newest first
    index('mail_outbox_created_idx').on(t.createdAt),
    oneOf(t.language, LANGUAGES),
    oneOf(t.status, MAIL_STATUSES),
    jsonList(t.attachments),
  ],
);
