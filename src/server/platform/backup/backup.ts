// Backup to a file, restore from one, and copy one database into another: a snapshot (snapshot.ts) into an archive (archive.ts) or straight into a loader (restore.ts).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database } from '../../db/client.ts';
import { LocalDiskStorage } from '../documents/storage.ts';
import { TarWriter, readTar } from './archive.ts';
import { backupNotReadable } from './backup.errors.ts';
import { type Loader, openLoader } from './restore.ts';
import { type BackupSink, type Manifest, dumpDatabase } from './snapshot.ts';

const MANIFEST = 'manifest.json';
const tableEntry = (order: number, table: string, chunk: number) => `tables/${String(order).padStart(3, '0')}-${table}/${String(chunk).padStart(6, '0')}.jsonl`;
const TABLE_ENTRY = /^tables\/\d{3}-([a-z0-9_]+)\/(\d{6})\.jsonl$/;
const FILE_ENTRY = /^files\/([0-9a-f]{32})$/;

/**
 * Writes a backup of the database and its stored files to `file`: a
 * gzip-compressed tar holding `manifest.json`, each table's rows as JSON
 * lines in dependency order (`tables/NNN-<table>/NNNNNN.jsonl`) and each file
 * under `files/<key>`. It is written beside `file` and renamed into place, so
 * `file` is complete or absent.
 */
export async function backupToFile(database: Database, filesDir: string, file: string): Promise<Manifest> {
  const partial = `${file}.part`;
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const gzip = createGzip();
  const out = fs.createWriteStream(partial, { flush: true });
  const written = pipeline(gzip, out);
  const tar = new TarWriter(gzip);
  const order = new Map<string, number>();
  const sink: BackupSink = {
    manifest: async (m) => {
      for (const [i, t] of m.tables.entries()) order.set(t.name, i + 1);
      await tar.add(MANIFEST, Buffer.from(JSON.stringify(m, null, 2)));
    },
    rows: (table, chunk, lines) => tar.add(tableEntry(order.get(table)!, table, chunk), Buffer.from(`${lines.join('\n')}\n`)),
    file: (f, content) => tar.addStream(`files/${f.key}`, f.size, content),
    end: () => tar.finish(),
  };
  try {
    const manifest = await dumpDatabase(database, new LocalDiskStorage(filesDir), sink);
    await written;
    await fsp.rename(partial, file);
    return manifest;
  } catch (e) {
    gzip.destroy();
    await written.catch(() => {});
    await fsp.rm(partial, { force: true });
    throw e;
  }
}

/** Feeds a backup file into a sink, entry by entry; the manifest must come first. */
export async function readBackup(file: string, sink: BackupSink): Promise<void> {
  const source = fs.createReadStream(file).pipe(createGunzip());
  let first = true;
  try {
    for await (const entry of readTar(source)) {
      if (first) {
        if (entry.name !== MANIFEST) throw backupNotReadable(`it starts with ${entry.name}, not the manifest`);
        first = false;
        let manifest: Manifest;
        try {
          manifest = JSON.parse((await entry.buffer()).toString('utf8')) as Manifest;
        } catch {
          throw backupNotReadable('the manifest is not JSON');
        }
        await sink.manifest(manifest);
        continue;
      }
      const rows = TABLE_ENTRY.exec(entry.name);
      if (rows) {
        const lines = (await entry.buffer()).toString('utf8').split('\n').filter((l) => l !== '');
        await sink.rows(rows[1], Number(rows[2]), lines);
        continue;
      }
      const stored = FILE_ENTRY.exec(entry.name);
      if (stored) {
        await sink.file({ key: stored[1], sha256: '', size: entry.size }, Readable.from(entry.chunks()));
        continue;
      }
      throw backupNotReadable(`unknown entry ${entry.name}`);
    }
  } catch (e) {
    source.destroy();
    if ((e as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' || (e as NodeJS.ErrnoException).code === 'Z_BUF_ERROR') throw backupNotReadable('it is not gzip-compressed or is cut short');
    if (e instanceof Error && /tar header|ends inside/.test(e.message)) throw backupNotReadable(e.message);
    throw e;
  }
  if (first) throw backupNotReadable('it is empty');
  await sink.end();
}

/** Runs a load, undoing it when anything fails. */
async function loading(loader: Loader, feed: (sink: BackupSink) => Promise<unknown>): Promise<Manifest> {
  try {
    await feed(loader);
  } catch (e) {
    await loader.abort();
    throw e;
  }
  return loader.loaded!;
}

/** Restores `file` into an empty database and an empty files folder. */
export async function restoreFromFile(target: Database, filesDir: string, file: string): Promise<Manifest> {
  if (!fs.existsSync(file)) throw backupNotReadable(`there is no file ${file}`);
  const loader = await openLoader(target, new LocalDiskStorage(filesDir), {});
  return loading(loader, (sink) => readBackup(file, sink));
}

/**
 * Copies `source` and its files into the empty `target`. When both use the
 * same files folder the files stay where they are and are only checked.
 */
export async function copyDatabase(source: { database: Database; filesDir: string }, target: { database: Database; filesDir: string }): Promise<Manifest> {
  const filesInPlace = path.resolve(source.filesDir) === path.resolve(target.filesDir);
  const loader = await openLoader(target.database, new LocalDiskStorage(target.filesDir), { filesInPlace });
  return loading(loader, (sink) => dumpDatabase(source.database, new LocalDiskStorage(source.filesDir), sink));
}
