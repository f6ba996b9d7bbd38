// Applies the SQL migrations and loads the codelists at start, under an advisory lock on PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
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

export async function applyMigrations(database: Database, folder: string): Promise<void> {
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

/**
 * Applies the first `count` migrations only, without the codelist data (a
 * restore loads a backup's rows at the backup's own level, then migrates on).
 */
export async function applyMigrationsUpTo(database: Database, count: number): Promise<void> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-migrations-'));
  try {
    fs.mkdirSync(path.join(dir, 'meta'));
    const entries = journal.entries.slice(0, count);
    for (const e of entries) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
    fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
    await applyMigrations(database, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
