// A consistent snapshot of the database and its stored files: the catalogue of tables in dependency order, the manifest, and the dump into any sink.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../db/client.ts';
import { migrationsFolder } from '../../db/migrate.ts';
import type { FileStorage } from '../documents/storage.ts';
import { backupTableCycle } from './backup.errors.ts';

/** Raw SQL on one connection (or one PGlite transaction): the same text runs on both kinds of database. */
export type Conn = { query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> };

export const BACKUP_FORMAT = 'chancery-backup';
export const BACKUP_FORMAT_VERSION = 1;

export type TableInfo = {
  name: string;
  /** Columns written and read back, in order; generated columns are left out (the database computes them). */
  columns: string[];
  rows: number;
  /** The primary key's columns. */
  key: string[];
  /** Columns loaded empty and filled in once every table is loaded (references in a circle between tables). */
  deferred: string[];
};

export type MigrationLevel = { count: number; tag: string | null; when: number | null };

/** What a backup says about itself, first in the archive. */
export type Manifest = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  chancery: string;
  createdAt: string;
  source: Database['kind'];
  migrations: MigrationLevel;
  /** In dependency order: a table comes after every table it refers to. */
  tables: TableInfo[];
  audit: { entries: number; headSeq: number | null; headHash: string | null };
  files: { count: number; bytes: number };
};

/** The stored file of a document version, as the snapshot lists it. */
export type FileRef = { key: string; sha256: string; size: number };

/** Where a dump goes: an archive on disk, or straight into another database (`db copy`). */
export type BackupSink = {
  manifest(m: Manifest): Promise<void>;
  /** A chunk of rows of one table (JSON objects, one per line), in the manifest's table order. */
  rows(table: string, chunk: number, lines: string[]): Promise<void>;
  file(f: FileRef, content: Readable): Promise<void>;
  end(): Promise<void>;
};

const packageVersion = (): string => {
  const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
};

/** The migrations this code knows, in order. */
export function knownMigrations(folder = migrationsFolder): { tag: string; when: number }[] {
  return (JSON.parse(fs.readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] }).entries;
}

/** How far a database is migrated: the number of migrations applied and the newest one. */
export async function migrationLevel(conn: Conn): Promise<MigrationLevel> {
  const [exists] = await conn.query<{ t: string | null }>(`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!exists.t) return { count: 0, tag: null, when: null };
  const [row] = await conn.query<{ n: number; at: string | null }>('select count(*)::int as n, max(created_at)::text as at from drizzle.__drizzle_migrations');
  const when = row.at === null ? null : Number(row.at);
  return { count: row.n, when, tag: knownMigrations().find((m) => m.when === when)?.tag ?? null };
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The tables of the `public` schema in dependency order, with their columns and (for sorting rows) self-references and keys. */
export async function catalogue(conn: Conn) {
  const tables = (await conn.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`)).map((t) => t.name);
  const columns = await conn.query<{ table: string; column: string; nullable: boolean }>(
    `select c.relname as table, a.attname as column, not a.attnotnull as nullable from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' order by c.relname, a.attnum`,
  );
  const refs = await conn.query<{ table: string; target: string; columns: string[]; targetColumns: string[] }>(
    `select c.conrelid::regclass::text as table, c.confrelid::regclass::text as target,
            array(select attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute on attrelid = c.conrelid and attnum = k.n order by k.i) as columns,
            array(select attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute on attrelid = c.confrelid and attnum = k.n order by k.i) as "targetColumns"
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'f'`,
  );
  const checked = await conn.query<{ table: string; columns: string[] }>(
    `select c.conrelid::regclass::text as table, array(select attname::text from unnest(c.conkey) k(n) join pg_attribute on attrelid = c.conrelid and attnum = k.n) as columns
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'c'`,
  );
  const keys = await conn.query<{ table: string; columns: string[] }>(
    `select i.indrelid::regclass::text as table, array(select attname::text from unnest(i.indkey) with ordinality k(n, o) join pg_attribute on attrelid = i.indrelid and attnum = k.n order by k.o) as columns
     from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and i.indisprimary`,
  );
  // A reference can be filled in after every table is loaded when its columns may be empty and no CHECK reads them.
  const deferrable = (r: (typeof refs)[number]) =>
    r.columns.every((col) => columns.some((c) => c.table === r.table && c.column === col && c.nullable)) &&
    !checked.some((k) => k.table === r.table && k.columns.some((col) => r.columns.includes(col)));
  // Kahn's algorithm over the references between tables; a table's references to itself are ordered row by row.
  // Where tables refer to each other in a circle (accounts name their party; parties name who created them),
  // one table's deferrable references are loaded empty and filled in at the end.
  const between = refs.filter((r) => r.table !== r.target && tables.includes(r.target));
  const deferred = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  const ordered: string[] = [];
  const left = new Set(tables);
  const unmet = (t: string) => between.filter((r) => r.table === t && left.has(r.target) && !r.columns.every((c) => deferred.get(t)!.has(c)));
  while (left.size > 0) {
    const ready = [...left].filter((t) => unmet(t).length === 0);
    if (ready.length === 0) {
      const breakable = [...left]
        .map((t) => ({ t, refs: unmet(t) }))
        .filter((x) => x.refs.every(deferrable))
        .sort((a, b) => a.refs.length - b.refs.length || a.t.localeCompare(b.t));
      if (breakable.length === 0) throw backupTableCycle([...left]);
      for (const r of breakable[0].refs) for (const c of r.columns) deferred.get(breakable[0].t)!.add(c);
      continue;
    }
    for (const t of ready.sort()) {
      ordered.push(t);
      left.delete(t);
    }
  }
  return ordered.map((name) => ({
    name,
    columns: columns.filter((c) => c.table === name).map((c) => c.column),
    key: keys.find((k) => k.table === name)?.columns ?? [],
    selfRefs: refs.filter((r) => r.table === name && r.target === name),
    deferred: [...deferred.get(name)!],
  }));
}

export type CatalogueTable = Awaited<ReturnType<typeof catalogue>>[number];

/** `select row_to_json(…)::text` of a table's columns, in key order. */
const rowsQuery = (t: CatalogueTable) =>
  `select row_to_json(r)::text as line from (select ${t.columns.map(ident).join(', ')} from ${ident(t.name)}${t.key.length ? ` order by ${t.key.map(ident).join(', ')}` : ''}) r`;

/** Rows referring to other rows of their own table (an organisation's parent) come after the rows they name. */
function parentsFirst(t: CatalogueTable, lines: string[]): string[] {
  if (t.selfRefs.length === 0) return lines;
  type Row = { line: string; row: Record<string, unknown> };
  const rows: Row[] = lines.map((line) => ({ line, row: JSON.parse(line) as Record<string, unknown> }));
  const keyOf = (row: Record<string, unknown>, cols: string[]) => JSON.stringify(cols.map((c) => row[c]));
  const indexes = t.selfRefs.map((ref) => new Map(rows.map((r) => [keyOf(r.row, ref.targetColumns), r])));
  const out: string[] = [];
  const state = new Map<Row, 'visiting' | 'done'>();
  const visit = (r: Row) => {
    if (state.get(r)) return;
    state.set(r, 'visiting');
    t.selfRefs.forEach((ref, i) => {
      if (ref.columns.some((c) => r.row[c] === null || r.row[c] === undefined)) return;
      const parent = indexes[i].get(keyOf(r.row, ref.columns));
      if (parent && parent !== r) visit(parent);
    });
    state.set(r, 'done');
    out.push(r.line);
  };
  for (const r of rows) visit(r);
  return out;
}

const CHUNK_ROWS = 2000;

/**
 * Writes a consistent snapshot into `sink`: the manifest, every table's rows
 * in dependency order, then the stored file of every document version the
 * snapshot names. The rows are read in one read-only transaction (REPEATABLE
 * READ on PostgreSQL; on PGlite a transaction holds the database); files are
 * immutable once a version names them, so they are read after it.
 */
export async function dumpDatabase(database: Database, storage: FileStorage, sink: BackupSink): Promise<Manifest> {
  let manifest: Manifest | undefined;
  let files: FileRef[] = [];
  await withSnapshot(database, async (conn) => {
    await conn.query(`set local timezone = 'UTC'`);
    const tables = await catalogue(conn);
    const counts: TableInfo[] = [];
    for (const t of tables) {
      const [{ n }] = await conn.query<{ n: number }>(`select count(*)::int as n from ${ident(t.name)}`);
      counts.push({ name: t.name, columns: t.columns, rows: n, key: t.key, deferred: t.deferred });
    }
    const [head] = tables.some((t) => t.name === 'audit_log')
      ? await conn.query<{ seq: string; hash: string }>('select seq::text as seq, hash from audit_log order by seq desc limit 1')
      : [];
    files = tables.some((t) => t.name === 'document_versions')
      ? (await conn.query<{ key: string; sha256: string; size: string }>('select distinct storage_key as key, sha256, size::text as size from document_versions order by 1')).map((f) => ({
          ...f,
          size: Number(f.size),
        }))
      : [];
    manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      chancery: packageVersion(),
      createdAt: new Date().toISOString(),
      source: database.kind,
      migrations: await migrationLevel(conn),
      tables: counts,
      audit: { entries: counts.find((c) => c.name === 'audit_log')?.rows ?? 0, headSeq: head ? Number(head.seq) : null, headHash: head?.hash ?? null },
      files: { count: files.length, bytes: files.reduce((s, f) => s + f.size, 0) },
    };
    await sink.manifest(manifest);
    for (const t of tables) {
      if (t.selfRefs.length > 0) {
        const all = parentsFirst(t, (await conn.query<{ line: string }>(rowsQuery(t))).map((r) => r.line));
        for (let i = 0; i * CHUNK_ROWS < all.length; i++) await sink.rows(t.name, i, all.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS));
        continue;
      }
      for (let i = 0; ; i++) {
        const lines = (await conn.query<{ line: string }>(`${rowsQuery(t)} limit ${CHUNK_ROWS} offset ${i * CHUNK_ROWS}`)).map((r) => r.line);
        if (lines.length > 0) await sink.rows(t.name, i, lines);
        if (lines.length < CHUNK_ROWS) break;
      }
    }
  });
  for (const f of files) await sink.file(f, await storage.get(f.key));
  await sink.end();
  return manifest!;
}

/** Runs `fn` in one read-only snapshot of the database. */
async function withSnapshot(database: Database, fn: (conn: Conn) => Promise<void>) {
  if (database.kind === 'pglite') {
    await database.pglite!.transaction(async (tx) => fn({ query: async (text, params) => (await tx.query(text, params)).rows as never }));
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    await fn({ query: async (text, params) => (await client.query(text, params)).rows });
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
