// Throw-away benchmark databases: an embedded PGlite folder or a fresh PostgreSQL database, removed after the run.
/**
 * Throw-away databases for a run: an embedded PGlite data folder under the
 * system's temporary folder, or a fresh database on a PostgreSQL server.
 * Both are removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export type BenchDatabase = {
  kind: DatabaseKind;
  /** Opens (and migrates) the database in this process. */
  open(): Promise<Database>;
  /** Environment for the server process, naming the same database. */
  serverEnv: Record<string, string>;
  /** Human-readable location for the report. */
  where: string;
  /** The database's name on a PostgreSQL server. */
  name?: string;
  drop(): Promise<void>;
};

export function pgliteDatabase(): BenchDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-'));
  const dataDir = path.join(dir, 'pgdata');
  return {
    kind: 'pglite',
    where: dataDir,
    serverEnv: { CHANCERY_DATA_DIR: dataDir },
    open: async () => {
      const database = await openDatabase({ dataDir });
      await migrateDatabase(database);
      return database;
    },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Is a PostgreSQL server answering at `adminUrl`? */
export async function postgresReachable(adminUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('select version()');
    return rows[0].version;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function admin(adminUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function postgresDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `chancery_bench_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind: 'postgres',
    name,
    where: `${url.host}/${name}`,
    serverEnv: { DATABASE_URL: databaseUrl },
    open: async () => {
      const database = await openDatabase({ databaseUrl });
      await migrateDatabase(database);
      return database;
    },
    drop: () => admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Refreshes planner statistics and the visibility map after the bulk load, as autovacuum would soon do. */
export async function analyse(database: Database) {
  if (database.kind === 'pglite') await database.pglite!.exec('VACUUM ANALYZE');
  else await database.pool!.query('VACUUM ANALYZE');
}

export async function serverVersion(database: Database): Promise<string> {
  const q = 'select version() as version';
  const rows = database.kind === 'pglite' ? (await database.pglite!.query<{ version: string }>(q)).rows : (await database.pool!.query<{ version: string }>(q)).rows;
  return rows[0].version.split(',')[0];
}
