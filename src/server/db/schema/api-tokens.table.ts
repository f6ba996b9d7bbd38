// API tokens: secrets a script sends as `Authorization: Bearer`, of which only the hash is stored, each belonging to one account.
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant, rule } from '../columns.ts';
import { users } from './accounts.table.ts';

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the secret; the secret itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters of the secret, to recognise it in lists (`chy_AbCd…`). */
    prefix: text('prefix').notNull(),
    name: text('name').notNull(),
    /** The account the token acts as: its role, party and organisation decide what it sees. */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Read-only tokens may only read (GET, HEAD). */
    readOnly: boolean('read_only').notNull().default(false),
    expiresAt: instant('expires_at'),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('api_tokens_user_idx').on(t.userId),
    rule('api_tokens_name_check', 'A token has a name of 1 to 100 characters.', sql`char_length(${t.name}) between 1 and 100`, t.name),
  ],
);
