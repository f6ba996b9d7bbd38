// openDatabase(): one Drizzle database over embedded PGlite or a PostgreSQL pool, and the Executor/Tx types queries take.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** True when the embedded data folder was created by this process. */
  created: boolean;
  /** Underlying PGlite instance (embedded only), e.g. for clone() in tests. */
  pglite?: PGlite;
  /** Underlying pool (server only). */
  pool?: pg.Pool;
  close(): Promise<void>;
};

export const pgliteExtensions = { pg_trgm };

export type DatabaseOptions = {
  databaseUrl?: string;
  /** Folder for embedded data; `memory://` keeps it in memory. */
  dataDir?: string;
  poolSize?: number;
};

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle client losing its connection must not crash the process.
    pool.on('error', () => {});
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', created: false, pool, close: () => pool.end() };
  }
  const dataDir = opts.dataDir ?? 'memory://';
  let created = false;
  if (!dataDir.startsWith('memory://')) {
    created = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  return fromPglite(pglite, created);
}

export function fromPglite(pglite: PGlite, created = false): Database {
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { db, kind: 'pglite', created, pglite, close: () => pglite.close() };
}
