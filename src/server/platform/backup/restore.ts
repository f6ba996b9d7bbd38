// Loading a snapshot into an empty database and files folder: checks the schema level and emptiness, loads in one transaction, verifies counts, files and the audit chain.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { getTableName } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Database, Db } from '../../db/client.ts';
import { applyMigrationsUpTo, migrateDatabase } from '../../db/migrate.ts';
import { codelistItems, codelists } from '../../db/schema/codelists.table.ts';
import { verifyAuditChain } from '../audit/audit.ts';
import { type LocalDiskStorage, readAll } from '../documents/storage.ts';
import { backupNewerSchema, backupNotReadable, restoreMismatch, restoreTargetAhead, restoreTargetNotEmpty } from './backup.errors.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupSink, type Conn, type FileRef, type Manifest, type TableInfo, knownMigrations, migrationLevel } from './snapshot.ts';

/** Tables that migrating fills by itself (the codelists), and that a restore replaces. */
const FILLED_BY_MIGRATION = new Set<string>([getTableName(codelists), getTableName(codelistItems)]);

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** One connection to the target, outside any pool: the restore's transaction spans many calls. */
async function connect(target: Database): Promise<{ conn: Conn; db: Db; release(): void }> {
  if (target.kind === 'pglite') {
    const pglite = target.pglite!;
    return { conn: { query: async (text, params) => (await pglite.query(text, params)).rows as never }, db: drizzlePglite(pglite) as unknown as Db, release: () => {} };
  }
  const client: pg.PoolClient = await target.pool!.connect();
  return {
    conn: { query: async (text, params) => (await client.query(text, params)).rows },
    db: drizzleNodePg(client) as unknown as Db,
    release: () => client.release(),
  };
}

/** Which tables of the target hold rows (the codelists aside). */
async function occupiedTables(conn: Conn): Promise<string[]> {
  const tables = await conn.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const out: string[] = [];
  for (const { name } of tables) {
    if (FILLED_BY_MIGRATION.has(name)) continue;
    const [row] = await conn.query(`select 1 from ${ident(name)} limit 1`);
    if (row) out.push(name);
  }
  return out;
}

/** Refuses a manifest this version cannot load. */
export function checkManifest(m: Manifest) {
  if (m?.format !== BACKUP_FORMAT || typeof m.formatVersion !== 'number') throw backupNotReadable('no Chancery manifest');
  if (m.formatVersion > BACKUP_FORMAT_VERSION) throw backupNotReadable(`format version ${m.formatVersion} is newer than this version reads`);
  const known = knownMigrations();
  if (m.migrations.count > known.length || (m.migrations.when !== null && !known.some((k) => k.when === m.migrations.when)))
    throw backupNewerSchema(m.migrations.count, known.length);
}

export type LoadOptions = {
  /** The files are already in the target's folder (a copy to a database that shares it): check them, write nothing. */
  filesInPlace?: boolean;
};

export type Loader = BackupSink & {
  /** Undoes a load that failed: rolls back and removes the files written. */
  abort(): Promise<void>;
  /** The manifest, once read. */
  readonly loaded: Manifest | undefined;
};

/**
 * A sink that loads a snapshot into `target`, which must be empty (no rows
 * but the codelists, no stored files). The rows are loaded at the backup's
 * own migration level in one transaction, counted against the manifest, the
 * audit chain verified and its head compared, every file's SHA-256 checked
 * against its document version; then the transaction commits and the later
 * migrations apply.
 */
export async function openLoader(target: Database, storage: LocalDiskStorage, opts: LoadOptions = {}): Promise<Loader> {
  const { conn, db, release } = await connect(target);
  let manifest: Manifest | undefined;
  let open = false;
  const expected = new Map<string, string>();
  const arrived = new Set<string>();
  const written: string[] = [];
  const fillLater: { table: TableInfo; lines: string[] }[] = [];
  let released = false;
  const done = () => {
    if (!released) release();
    released = true;
  };

  const loader: Loader = {
    get loaded() {
      return manifest;
    },
    async manifest(m) {
      checkManifest(m);
      manifest = m;
      const occupied = await occupiedTables(conn);
      if (occupied.length > 0) throw restoreTargetNotEmpty(`rows in ${occupied.slice(0, 3).join(', ')}${occupied.length > 3 ? ', …' : ''}`);
      if (!opts.filesInPlace && (await storage.holdsFiles())) throw restoreTargetNotEmpty(`stored files in ${storage.root}`);
      const level = await migrationLevel(conn);
      if (level.count > m.migrations.count) throw restoreTargetAhead(level.count, m.migrations.count);
      if (level.count < m.migrations.count) await applyMigrationsUpTo(target, m.migrations.count);
      await conn.query('begin');
      open = true;
      await conn.query(`set local timezone = 'UTC'`);
      const present = new Set((await conn.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public'`)).map((t) => t.name));
      const missing = m.tables.filter((t) => !present.has(t.name));
      if (missing.length > 0) throw restoreMismatch(`the target has no table ${missing[0].name} at migration ${m.migrations.count}`);
      await conn.query(`truncate ${m.tables.map((t) => ident(t.name)).join(', ')}`);
    },
    async rows(table, _chunk, lines) {
      const t = manifest?.tables.find((x) => x.name === table);
      if (!t || !open) throw backupNotReadable(`rows of an unknown table ${table}`);
      const cols = t.columns.map(ident).join(', ');
      const values = t.columns.map((c) => (t.deferred.includes(c) ? 'null' : ident(c))).join(', ');
      await conn.query(`insert into ${ident(table)} (${cols}) select ${values} from json_populate_recordset(null::${ident(table)}, $1::json)`, [`[${lines.join(',')}]`]);
      if (t.deferred.length > 0) {
        const later = lines.filter((line) => {
          const row = JSON.parse(line) as Record<string, unknown>;
          return t.deferred.some((c) => row[c] !== null && row[c] !== undefined);
        });
        if (later.length > 0) fillLater.push({ table: t, lines: later });
      }
      if (table === 'document_versions') {
        for (const line of lines) {
          const v = JSON.parse(line) as { storage_key: string; sha256: string };
          expected.set(v.storage_key, v.sha256);
        }
      }
    },
    async file(f: FileRef, content: Readable) {
      const want = expected.get(f.key);
      if (!want || !open) throw backupNotReadable(`a file no document version names (${f.key})`);
      let got: { sha256: string; size: number };
      if (opts.filesInPlace) {
        for await (const _ of content);
        const bytes = await readAll(await storage.get(f.key));
        got = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
      } else {
        written.push(f.key);
        got = await storage.putAt(f.key, content);
      }
      if (got.sha256 !== want) throw restoreMismatch(`file ${f.key} has SHA-256 ${got.sha256}, its document version says ${want}`);
      arrived.add(f.key);
    },
    async end() {
      if (!manifest || !open) throw backupNotReadable('the archive ends before its data');
      for (const { table: t, lines } of fillLater) {
        const set = t.deferred.map((c) => `${ident(c)} = s.${ident(c)}`).join(', ');
        const on = t.key.map((c) => `t.${ident(c)} = s.${ident(c)}`).join(' and ');
        await conn.query(`update ${ident(t.name)} t set ${set} from json_populate_recordset(null::${ident(t.name)}, $1::json) s where ${on}`, [`[${lines.join(',')}]`]);
      }
      for (const t of manifest.tables) {
        const [{ n }] = await conn.query<{ n: number }>(`select count(*)::int as n from ${ident(t.name)}`);
        if (n !== t.rows) throw restoreMismatch(`${t.name} has ${n} rows, the backup ${t.rows}`);
      }
      const missingFile = [...expected.keys()].find((k) => !arrived.has(k));
      if (missingFile) throw restoreMismatch(`file ${missingFile} is missing`);
      if (manifest.audit.headHash) {
        const [head] = await conn.query<{ seq: string; hash: string }>('select seq::text as seq, hash from audit_log order by seq desc limit 1');
        if (head?.hash !== manifest.audit.headHash || Number(head.seq) !== manifest.audit.headSeq) throw restoreMismatch('the audit trail ends elsewhere than the backup says');
      }
      const chain = await verifyAuditChain(db);
      if (!chain.ok) throw restoreMismatch(`audit entry ${chain.seq}: ${chain.reason}`);
      await conn.query('commit');
      open = false;
      done();
      await migrateDatabase(target);
    },
    async abort() {
      if (open) await conn.query('rollback').catch(() => {});
      open = false;
      done();
      for (const key of written) await storage.delete(key);
    },
  };
  return loader;
}
