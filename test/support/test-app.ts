// createTestApp(): the app on a test database with one signed-in user per role.
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/client.ts';
import { hashPassword } from '../../src/server/platform/auth/passwords.ts';
import { SESSION_COOKIE, createSession } from '../../src/server/platform/auth/sessions.ts';
import type { RequestContext, Viewer } from '../../src/server/platform/context.ts';
import { createTestDatabase } from './database.ts';
import { TEST_PASSWORD, type Who, insertTestAccounts, readTestAccounts } from './test-accounts.ts';

export { TEST_PASSWORD, type Who } from './test-accounts.ts';

export type TestUser = Viewer & { cookie: string };
let passwordHash: Promise<string> | undefined;

/**
 * A running app on a database of its own, with one account per role:
 * admin, head, staff, staff2, a delegate of Indonesia, one of Viet Nam, and a
 * liaison officer of an "SCO Secretariat" organisation. The parties and
 * accounts come with the database (cloned from the run's template); the
 * sessions are new. With `migrate` (a migration test), the database starts
 * empty, `migrate` brings it to the current schema, and the accounts are
 * written afterwards.
 */
export async function createTestApp(opts: { configEnv?: Record<string, string>; migrate?: (database: Database) => Promise<void> } = {}) {
  const database = await createTestDatabase(opts.migrate ?? 'accounts');
  // Tests of other subjects sign in admin and head without a second factor; the second-factor tests set the roles.
  const config = loadConfig({ LOG_LEVEL: 'silent', SECOND_FACTOR_ROLES: 'none', ...opts.configEnv });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const db = database.db;
  if (opts.migrate) {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    await insertTestAccounts(db, await passwordHash);
  }
  const { sco, users: accounts } = await readTestAccounts(db);
  const people = {} as Record<Who, TestUser>;
  for (const [key, u] of accounts) {
    const token = await createSession(db, u.id, { ip: null, userAgent: null });
    people[key] = {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      role: u.role,
      language: u.language,
      partyCode: u.partyCode,
      organizationId: u.organizationId,
      cookie: `${SESSION_COOKIE}=${token}`,
    };
  }
  people.anonymous = { cookie: '' } as TestUser;

  /** Sends a request as one of the test users. */
  async function as(who: Who, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse> {
    return app.inject({
      method,
      url,
      headers: people[who].cookie ? { cookie: people[who].cookie } : {},
      ...(body !== undefined ? { payload: body as object } : {}),
    });
  }
  const ctxOf = (who: Who): RequestContext => ({ viewer: who === 'anonymous' ? null : people[who], requestId: 'test', ip: '127.0.0.1' });

  return {
    app,
    database: database as Database,
    db,
    config,
    users: people,
    sco,
    as,
    ctxOf,
    deps: app.deps,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
