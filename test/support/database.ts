// createTestDatabase(): a fresh, migrated test database on PGlite or on the PostgreSQL server, and dropping it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { migrateDatabase, migrationsFolder } from '../../src/server/db/migrate.ts';

/**
 * A fresh, migrated database for one test file: embedded PGlite in memory by
 * default, or — when DATABASE_URL is set — a throw-away database created on
 * that PostgreSQL server and dropped afterwards. `setup` brings it to the
 * current schema: by default every migration; a migration test passes its own
 * steps, or `{ migrations }`, a folder that stops before the migration under test.
 */
export async function createTestDatabase(setup: ((database: Database) => Promise<void>) | { migrations?: string } = {}): Promise<Database & { url?: string }> {
  const migrate = typeof setup === 'function' ? setup : (database: Database) => migrateDatabase(database, setup.migrations ?? migrationsFolder);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    return database;
  }
  const name = `chancery_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(database);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

export async function dropDatabase(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
