// createTestApp(): the app on a test database with one signed-in user per role.
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/client.ts';
import { parties, users } from '../../src/server/db/schema/index.ts';
import { hashPassword } from '../../src/server/platform/auth/passwords.ts';
import { SESSION_COOKIE, createSession } from '../../src/server/platform/auth/sessions.ts';
import type { RequestContext, Viewer } from '../../src/server/platform/context.ts';
import type { Role } from '../../src/shared/common.ts';
import { createTestDatabase } from './database.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export type TestUser = Viewer & { cookie: string };
export type Who = 'admin' | 'head' | 'staff' | 'staff2' | 'delegateId' | 'delegateVn' | 'liaisonSco' | 'anonymous';

/**
 * A running app on a fresh database, with one account per role:
 * admin, head, staff, staff2, a delegate of Indonesia, one of Viet Nam, and a
 * liaison officer of an "SCO Secretariat" organisation.
 */
export async function createTestApp(opts: { configEnv?: Record<string, string>; migrate?: (database: Database) => Promise<void> } = {}) {
  const database = await createTestDatabase(opts.migrate);
  const config = loadConfig({ LOG_LEVEL: 'silent', ...opts.configEnv });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const db = database.db;
  await db.insert(parties).values([
    { code: 'ID', nameEn: 'Indonesia', kind: 'member_state', classification: 'public', searchText: 'indonesia' },
    { code: 'VN', nameEn: 'Viet Nam', kind: 'member_state', classification: 'public', searchText: 'viet nam' },
    { code: 'TH', nameEn: 'Thailand', kind: 'member_state', classification: 'public', searchText: 'thailand' },
    { code: 'RU', nameEn: 'Russian Federation', kind: 'dialogue_partner', isOwn: true, classification: 'public', searchText: 'russian federation' },
  ]);
  const { organizations } = await import('../../src/server/db/schema/index.ts');
  const [sco] = await db
    .insert(organizations)
    .values({ nameEn: 'SCO Secretariat', kind: 'secretariat', classification: 'public', searchText: 'sco secretariat' })
    .returning();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const defs: Record<Exclude<Who, 'anonymous'>, { role: Role; partyCode?: string; organizationId?: string }> = {
    admin: { role: 'admin' },
    head: { role: 'head' },
    staff: { role: 'staff' },
    staff2: { role: 'staff' },
    delegateId: { role: 'delegate', partyCode: 'ID' },
    delegateVn: { role: 'delegate', partyCode: 'VN' },
    liaisonSco: { role: 'liaison', organizationId: sco.id },
  };
  const people = {} as Record<Who, TestUser>;
  for (const [key, d] of Object.entries(defs)) {
    const [u] = await db
      .insert(users)
      .values({ email: `${key}@test.example`, displayName: `Test ${key}`, role: d.role, partyCode: d.partyCode ?? null, organizationId: d.organizationId ?? null, passwordHash: hash })
      .returning();
    const token = await createSession(db, u.id, { ip: null, userAgent: null });
    people[key as Who] = {
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
