// The run's template databases, made once before the test files start: one migrated, one migrated with the test accounts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { migrateDatabase } from '../../src/server/db/migrate.ts';
import { hashPassword } from '../../src/server/platform/auth/passwords.ts';
import { databaseUrl, dropDatabase, dropStaleDatabases, throwAwayName, withAdmin } from './pg-server.ts';
import { TEST_PASSWORD, insertTestAccounts } from './test-accounts.ts';

/** `migrated`: the schema and nothing else. `accounts`: that plus the parties, organisation and accounts of createTestApp(). */
export type TemplateKind = 'migrated' | 'accounts';

/** Where each test file clones its database from: PGlite data-folder dumps, or template databases on the server. */
export type Templates =
  | { kind: 'pglite'; files: Record<TemplateKind, string> }
  | { kind: 'postgres'; names: Record<TemplateKind, string> };

const DUMP_PREFIX = 'chancery-test-template-';
const STALE_AFTER_MS = 3_600_000;

/** Migrates once (the slow part of a fresh database), then keeps the result for every test file of the run. */
export async function createTemplates(serverUrl: string | undefined): Promise<Templates> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  return serverUrl ? serverTemplates(serverUrl, passwordHash) : pgliteTemplates(passwordHash);
}

export async function dropTemplates(templates: Templates, serverUrl: string | undefined) {
  if (templates.kind === 'pglite') {
    for (const file of Object.values(templates.files)) fs.rmSync(file, { force: true });
    return;
  }
  for (const name of Object.values(templates.names)) await dropDatabase(serverUrl!, name);
}

async function pgliteTemplates(passwordHash: string): Promise<Templates> {
  removeStaleDumps();
  const base = path.join(os.tmpdir(), `${DUMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  const files = { migrated: `${base}-migrated.tar`, accounts: `${base}-accounts.tar` };
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateDatabase(database);
    await dumpTo(database.pglite!, files.migrated);
    await insertTestAccounts(database.db, passwordHash);
    await dumpTo(database.pglite!, files.accounts);
  } finally {
    await database.close();
  }
  return { kind: 'pglite', files };
}

/** The data folder as an uncompressed tar (43 MB): it loads a little faster than a gzipped one (5 MB). */
async function dumpTo(pglite: PGlite, file: string) {
  const dump = await pglite.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

/** Dumps that a crashed run left in the temporary folder. */
function removeStaleDumps() {
  const dir = os.tmpdir();
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(DUMP_PREFIX)) continue;
    const file = path.join(dir, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > STALE_AFTER_MS) fs.rmSync(file, { force: true });
  }
}

async function serverTemplates(serverUrl: string, passwordHash: string): Promise<Templates> {
  const names = { migrated: throwAwayName('chancery_tpl', '_migrated'), accounts: throwAwayName('chancery_tpl', '_accounts') };
  await withAdmin(serverUrl, async (admin) => {
    await dropStaleDatabases(admin);
    await admin.query(`CREATE DATABASE ${names.migrated}`);
  });
  try {
    await onDatabase(serverUrl, names.migrated, migrateDatabase);
    await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${names.accounts} TEMPLATE ${names.migrated}`));
    await onDatabase(serverUrl, names.accounts, (database) => insertTestAccounts(database.db, passwordHash));
    // A template must have no sessions while it is copied: refuse them, so a stray one cannot break every clone.
    await withAdmin(serverUrl, async (admin) => {
      for (const name of Object.values(names)) await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    });
  } catch (error) {
    await dropTemplates({ kind: 'postgres', names }, serverUrl);
    throw error;
  }
  return { kind: 'postgres', names };
}

/** Runs `fn` on database `name`, then closes every connection to it. */
async function onDatabase(serverUrl: string, name: string, fn: (database: Database) => Promise<unknown>) {
  const database = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name), poolSize: 1 });
  try {
    await fn(database);
  } finally {
    await database.close();
  }
}
