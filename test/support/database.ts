// A test file's own database, cloned from the run's template (see global-setup.ts): PGlite in memory, or a throw-away database on the PostgreSQL server of DATABASE_URL.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type Database, fromPglite, openDatabase, pgliteExtensions } from '../../src/server/db/client.ts';
import { migrateDatabase } from '../../src/server/db/migrate.ts';
import type { TemplateKind } from './database-templates.ts';
import { databaseUrl, dropDatabase, throwAwayName, withAdmin } from './pg-server.ts';

/** Steps that bring an empty database to the schema a migration test needs, or a folder of migrations that stops before the one under test. */
export type DatabaseSetup = ((database: Database) => Promise<void>) | { migrations: string };

/**
 * A fresh, migrated database for one test file, which no other file sees:
 * embedded PGlite in memory by default, or — when DATABASE_URL is set — a
 * throw-away database created on that PostgreSQL server and dropped on close.
 * By default a copy of the run's `migrated` template; `accounts` also holds
 * the parties, organisation and accounts of createTestApp(). A migration test
 * passes its own `setup` instead, which runs on an empty database.
 */
export async function createTestDatabase(from: TemplateKind | DatabaseSetup = 'migrated'): Promise<Database & { url?: string }> {
  if (typeof from !== 'string') {
    const database = await emptyDatabase();
    await (typeof from === 'function' ? from(database) : migrateDatabase(database, from.migrations));
    return database;
  }
  const templates = inject('databaseTemplates');
  if (!templates) throw new Error('No template database: run the tests with vitest, whose global setup (test/support/global-setup.ts) makes it.');
  const serverUrl = process.env.DATABASE_URL;
  if (templates.kind === 'pglite') {
    if (serverUrl) throw new Error('DATABASE_URL was set after the global setup made PGlite templates.');
    // Extensions are not part of the data folder: they are passed again, as openDatabase does.
    const pglite = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(templates.files[from])]), extensions: pgliteExtensions });
    return fromPglite(pglite);
  }
  if (!serverUrl) throw new Error('DATABASE_URL is not set, but the global setup made PostgreSQL templates.');
  return serverDatabase(serverUrl, `TEMPLATE ${templates.names[from]}`);
}

/** A database with nothing in it, not even the schema. */
async function emptyDatabase(): Promise<Database & { url?: string }> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? serverDatabase(serverUrl, '') : openDatabase({ dataDir: 'memory://' });
}

/** A new database on the server (`options` for CREATE DATABASE, e.g. its template), dropped on close. */
async function serverDatabase(serverUrl: string, options: string): Promise<Database & { url: string }> {
  const name = throwAwayName('chancery_t');
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name} ${options}`));
  const url = databaseUrl(serverUrl, name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}
