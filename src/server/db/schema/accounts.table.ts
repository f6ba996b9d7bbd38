// Tables of accounts: users, their sessions (token hashes) and failed sign-in attempts for throttling.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LANGUAGES, ROLES } from '../../../shared/common.ts';
import { instant, oneOf, rule } from '../columns.ts';
import { organizations, parties } from './directory.table.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull().default('en'),
    role: text('role', { enum: ROLES }).notNull(),
    /** For delegates: the party whose delegation they belong to. */
    partyCode: text('party_code').references((): AnyPgColumn => parties.code, { onDelete: 'restrict' }),
    /** For liaison officers: the organisation they work for. */
    organizationId: uuid('organization_id').references((): AnyPgColumn => organizations.id, { onDelete: 'restrict' }),
    passwordHash: text('password_hash').notNull(),
    /** Set while the account still has the demo password; production refuses to start then. */
    demoPassword: boolean('demo_password').notNull().default(false),
    disabledAt: instant('disabled_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // login by e-mail, case-insensitive uniqueness
    uniqueIndex('users_email_lower_uq').on(sql`lower(${t.email})`),
    oneOf(t.role, ROLES),
    oneOf(t.language, LANGUAGES),
    rule('users_delegate_party_check', 'A delegate belongs to a party, and only a delegate does.', sql`(${t.role} = 'delegate') = (${t.partyCode} is not null)`, t.partyCode),
    rule(
      'users_liaison_organization_check',
      'A liaison officer works for an organisation, and only a liaison officer does.',
      sql`(${t.role} = 'liaison') = (${t.organizationId} is not null)`,
      t.organizationId,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  // kill all sessions of a user (disable, password change)
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `email:<lower-case e-mail>` or `ip:<address>` */
    key: text('key').notNull(),
    at: instant('at').notNull().defaultNow(),
  },
  // count recent failures for one key
  (t) => [index('login_attempts_key_at_idx').on(t.key, t.at)],
);
