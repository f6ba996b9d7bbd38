// Tables of accounts: users, their sessions (token hashes), failed sign-in attempts for throttling, the second factor (recovery codes, sign-in challenges) and the addresses each user signed in from.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    /** A service account: used by scripts through API tokens, never signs in with a password. */
    service: boolean('service').notNull().default(false),
    disabledAt: instant('disabled_at'),
    /** The TOTP secret (base32) once the second factor is enrolled; null otherwise. */
    totpSecret: text('totp_secret'),
    /** When the second factor was switched on; null while it is off. */
    totpEnabledAt: instant('totp_enabled_at'),
    /** The last 30-second step whose code was accepted: a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    /** A secret being set up (shown as a QR code) until the user confirms it with a code. */
    totpPendingSecret: text('totp_pending_secret'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    rule('users_totp_enabled_check', 'A second factor is on exactly when it has a secret.', sql`(${t.totpSecret} is null) = (${t.totpEnabledAt} is null)`, t.totpEnabledAt),
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
    /** How the session is named in its owner's session list (revoking it); not the token and not its hash. */
    handle: uuid('handle').notNull().defaultRandom(),
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

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the normalised code; the code itself is shown once and never stored. */
    codeHash: text('code_hash').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    usedAt: instant('used_at'),
  },
  // a user's unused codes (sign-in with a recovery code, how many are left)
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

export const signInChallenges = pgTable(
  'sign_in_challenges',
  {
    /** SHA-256 of the challenge token handed to the browser after the password was right. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Wrong codes given against this challenge; it is dropped after a few. */
    attempts: integer('attempts').notNull().default(0),
  },
  // housekeeping drops old challenges
  (t) => [index('sign_in_challenges_created_idx').on(t.createdAt)],
);

export const knownAddresses = pgTable(
  'known_addresses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The client address a sign-in came from. */
    ip: text('ip').notNull(),
    firstSeenAt: instant('first_seen_at').notNull().defaultNow(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
  },
  // is this address new for this user (the primary key)
  (t) => [primaryKey({ columns: [t.userId, t.ip] })],
);
