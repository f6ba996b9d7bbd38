// The `backup`, `restore` and `db copy` commands: a snapshot of the database and its files to a file, back into an empty database, or into a PostgreSQL server.
import fs from 'node:fs';
import path from 'node:path';
import { type Database, openDatabase } from '../db/client.ts';
import { installAllModules } from '../modules/index.ts';
import { backupToFile, copyDatabase, restoreFromFile } from '../platform/backup/backup.ts';
import { copySameDatabase } from '../platform/backup/backup.errors.ts';
import type { Manifest } from '../platform/backup/snapshot.ts';
import { AppError } from '../platform/errors.ts';
import { fail, readConfig } from './runtime.ts';

/** Runs the body with the configured database opened as it is (not migrated: a backup may be taken before an upgrade). */
async function withRawDatabase(fn: (database: Database) => Promise<void>, opts: { mustExist: boolean }) {
  const config = readConfig();
  installAllModules();
  if (opts.mustExist && !config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'PG_VERSION'))) fail(`there is no embedded database in ${config.dataDir}`);
  let database: Database;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  } catch (e) {
    fail(`cannot open the database: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    await fn(database);
  } catch (e) {
    if (e instanceof AppError) fail(e.detail ?? e.title);
    fail((e as Error).message.split('\n')[0]);
  } finally {
    await database.close().catch(() => {});
  }
}

const rows = (m: Manifest) => m.tables.reduce((s, t) => s + t.rows, 0);
const summary = (m: Manifest) =>
  `${rows(m)} rows in ${m.tables.length} tables, ${m.files.count} files (${m.files.bytes} bytes), audit trail of ${m.audit.entries} entries${m.audit.headSeq ? ` ending at entry ${m.audit.headSeq} (${m.audit.headHash})` : ''}`;

export async function backupCommand(file: string) {
  const config = readConfig();
  await withRawDatabase(
    async (database) => {
      const m = await backupToFile(database, config.filesDir, path.resolve(file));
      console.log(`Backup written to ${file}: ${summary(m)}; schema at migration ${m.migrations.count} (${m.migrations.tag}).`);
    },
    { mustExist: true },
  );
}

export async function restoreCommand(file: string) {
  const config = readConfig();
  await withRawDatabase(
    async (database) => {
      const m = await restoreFromFile(database, config.filesDir, path.resolve(file));
      console.log(`Restored ${file} (made ${m.createdAt} by Chancery ${m.chancery}): ${summary(m)}. Counts, file hashes and the audit chain verified.`);
    },
    { mustExist: false },
  );
}

export async function dbCopyCommand(opts: { to: string; filesDir?: string }) {
  const config = readConfig();
  if (!/^postgres(ql)?:\/\//.test(opts.to)) fail('--to: must start with postgres:// or postgresql://');
  if (config.databaseUrl && config.databaseUrl === opts.to) fail(copySameDatabase().detail!);
  const filesDir = path.resolve(opts.filesDir ?? config.filesDir);
  await withRawDatabase(
    async (source) => {
      let target: Database;
      try {
        target = await openDatabase({ databaseUrl: opts.to, poolSize: 2 });
      } catch (e) {
        fail(`cannot open the target database: ${(e as Error).message.split('\n')[0]}`);
      }
      try {
        const m = await copyDatabase({ database: source, filesDir: config.filesDir }, { database: target, filesDir });
        console.log(`Copied into ${new URL(opts.to).pathname.slice(1)}: ${summary(m)}. Counts, file hashes and the audit chain verified.`);
        console.log(`Run Chancery on it with DATABASE_URL set to the target${filesDir === config.filesDir ? '' : ` and CHANCERY_FILES_DIR=${filesDir}`}.`);
      } finally {
        await target.close().catch(() => {});
      }
    },
    { mustExist: true },
  );
}
