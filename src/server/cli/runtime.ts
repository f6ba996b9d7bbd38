// What every command shares: reading the settings, opening and migrating the database, failing with one line.
import fs from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { installAllModules } from '../modules/index.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';

/** Stops the command with a one-line reason. */
export function fail(message: string): never {
  process.stderr.write(`chancery: ${message}\n`);
  process.exit(1);
}

export function readConfig(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
}

/** Opens the configured database (announcing a first-time embedded setup) and applies migrations. */
export async function openMigrated(config: Config): Promise<{ deps: Deps; database: Database }> {
  installAllModules();
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'PG_VERSION'))) {
    console.log(`Creating a new embedded database in ${config.dataDir} (the first start can take up to a minute)…`);
  }
  let database: Database;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrateDatabase(database);
  } catch (e) {
    fail(`cannot open the database: ${(e as Error).message.split('\n')[0]}`);
  }
  return { deps: { db: database.db, database, config }, database };
}

/** Runs a command body with an open database, closing it afterwards; typed errors become one-line reasons. */
export async function withDatabase(fn: (deps: Deps, database: Database) => Promise<void>) {
  const config = readConfig();
  const { deps, database } = await openMigrated(config);
  try {
    await fn(deps, database);
  } catch (e) {
    if (e instanceof AppError) fail(e.errors?.[0] ? `${e.errors[0].field}: ${e.errors[0].message}` : (e.detail ?? e.title));
    throw e;
  } finally {
    await database.close();
  }
}
