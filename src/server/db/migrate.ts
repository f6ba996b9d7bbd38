// Applies the SQL migrations and loads the codelists at start, under an advisory lock on PostgreSQL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { loadCodelists } from '../platform/records/codelists.loader.ts';
import type { Database } from './client.ts';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Arbitrary constant: serialises migrations when several processes start at once. */
const MIGRATION_LOCK = 7_215_001;

/**
 * Applies the SQL migrations in `folder` (all of Chancery's by default) that
 * the database has not had yet, then loads the codelist data files (a data
 * step that every start, seed, CLI command and test database goes through, so
 * codes exist before anything refers to them; it skips lists whose file is
 * unchanged).
 */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  await applyMigrations(database, folder);
  await loadCodelists(database.db);
}

async function applyMigrations(database: Database, folder: string): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder: folder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
