// Backup and restore: the round trip gives the same rows, files and audit chain, across both kinds of database; what a restore refuses; copying into PostgreSQL.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { TarWriter } from '../src/server/platform/backup/archive.ts';
import { backupToFile, copyDatabase, restoreFromFile } from '../src/server/platform/backup/backup.ts';
import { type Conn, type Manifest, catalogue, knownMigrations } from '../src/server/platform/backup/snapshot.ts';
import { verifyAuditChain } from '../src/server/platform/audit/audit.ts';
import { AppError } from '../src/server/platform/errors.ts';
import { BACKUP_JOB, scheduledBackup } from '../src/server/platform/backup/backup.job.ts';
import { scheduleJob } from '../src/server/platform/jobs/jobs.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { makePdf, multipartBody } from './fixtures/documents.ts';
import { createTestDatabase } from './support/database.ts';
import { expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let work: string;
let filesDir: string;
let file: string;
let manifest: Manifest;
const opened: Database[] = [];
/** The embedded database restored from a PostgreSQL backup, copied back into PostgreSQL below. */
let restoredEmbedded: { database: Database; filesDir: string } | undefined;

/** Every row of every table, as the database renders it in UTC, in key order. */
async function contents(database: Database): Promise<Record<string, string[]>> {
  return database.db.transaction(async (tx) => {
    const conn: Conn = { query: async (text) => ((await tx.execute(sql.raw(text))) as unknown as { rows: never[] }).rows };
    await conn.query(`set local timezone = 'UTC'`);
    const out: Record<string, string[]> = {};
    for (const table of await catalogue(conn)) {
      const cols = table.columns.map((c) => `"${c}"`).join(', ');
      const rows = await conn.query<{ line: string }>(`select row_to_json(r)::text as line from (select ${cols} from "${table.name}") r order by 1`);
      out[table.name] = rows.map((r) => r.line);
    }
    return out;
  });
}

/** SHA-256 of every stored file under a folder, by key. */
function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, f);
    if (/^[0-9a-f]{32}$/.test(path.basename(f)) && fs.statSync(full).isFile()) out[path.basename(f)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

/** An empty database of the run's kind (nothing in it, not even the schema). */
async function emptyDatabase(): Promise<Database> {
  const database = await createTestDatabase(async () => {});
  opened.push(database);
  return database;
}

/** An empty embedded database in memory. */
async function emptyEmbedded(): Promise<Database> {
  const database = await openDatabase({ dataDir: 'memory://' });
  opened.push(database);
  return database;
}

const newFolder = (name: string) => fs.mkdtempSync(path.join(work, `${name}-`));

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-backup-'));
  filesDir = path.join(work, 'files');
  t = await createTestApp({ configEnv: { CHANCERY_FILES_DIR: filesDir } });
  const parent = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Secretariat' }, kind: 'secretariat', classification: 'public' }), 201);
  const child = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Political-Security Directorate' }, kind: 'other', classification: 'mission', parentId: parent.id }), 201);
  expectStatus(await t.as('head', 'POST', '/api/organizations', { names: { en: 'Back channel' }, kind: 'secretariat', classification: 'restricted', restrictedTo: [t.users.head.id] }), 201);
  for (const [name, text] of [
    ['brief.pdf', 'Maritime cooperation brief'],
    ['note.pdf', 'Note on the chairmanship'],
  ]) {
    const { payload, contentType } = await multipartBody({ recordType: 'organization', recordId: child.id, classification: 'mission' }, { name, content: makePdf(text) });
    expectStatus(await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { 'content-type': contentType, cookie: t.users.staff.cookie } }), 201);
  }
  await new JobWorker(t.deps).runDue();
  file = path.join(work, 'chancery.backup.tar.gz');
  manifest = await backupToFile(t.database, filesDir, file);
}, 120_000);

afterAll(async () => {
  for (const d of opened) await d.close();
  await t?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('a backup', () => {
  it('names its schema level, the rows of every table, the head of the audit trail and the files', async () => {
    expect(manifest).toMatchObject({ format: 'chancery-backup', formatVersion: 1, source: t.database.kind });
    expect(manifest.migrations.count).toBe(knownMigrations().length);
    expect(manifest.migrations.tag).toBe(knownMigrations().at(-1)!.tag);
    const counts = Object.fromEntries(manifest.tables.map((x) => [x.name, x.rows]));
    expect(counts.organizations).toBe(4); // the SCO Secretariat of the test accounts, and three here
    expect(counts.document_versions).toBe(2);
    expect(manifest.files.count).toBe(2);
    const [head] = ((await t.db.execute(sql`select seq::int as seq, hash from audit_log order by seq desc limit 1`)) as unknown as { rows: { seq: number; hash: string }[] }).rows;
    expect(manifest.audit).toMatchObject({ headSeq: head.seq, headHash: head.hash, entries: counts.audit_log });
    // A table comes after the tables it refers to.
    const order = manifest.tables.map((x) => x.name);
    expect(order.indexOf('parties')).toBeLessThan(order.indexOf('delegations'));
    expect(order.indexOf('documents')).toBeLessThan(order.indexOf('document_versions'));
  });
});

describe('restoring', () => {
  it('into an empty database of the same kind gives the same rows, files and an intact audit chain', async () => {
    const target = await emptyDatabase();
    const targetFiles = newFolder('files');
    await restoreFromFile(target, targetFiles, file);
    expect(await contents(target)).toEqual(await contents(t.database));
    expect(fileHashes(targetFiles)).toEqual(fileHashes(filesDir));
    expect(Object.keys(fileHashes(targetFiles))).toHaveLength(2);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, entries: manifest.audit.entries });
  }, 120_000);

  // On the embedded database the test above is this one.
  it.runIf(process.env.DATABASE_URL)('into the embedded database gives the same rows, whichever kind made the backup', async () => {
    const target = await emptyEmbedded();
    const targetFiles = newFolder('files');
    await restoreFromFile(target, targetFiles, file);
    restoredEmbedded = { database: target, filesDir: targetFiles };
    expect(await contents(target)).toEqual(await contents(t.database));
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
  }, 120_000);

  it('refuses a database that holds data, and a files folder that holds files', async () => {
    const taken = await refusal(restoreFromFile(t.database, newFolder('files'), file));
    expect(taken.code).toBe('backup.target_not_empty');
    expect(taken.message).toContain('audit_log');

    const filesTaken = await refusal(restoreFromFile(await emptyDatabase(), filesDir, file));
    expect(filesTaken.code).toBe('backup.target_not_empty');
    expect(filesTaken.message).toContain('stored files');
  }, 120_000);

  it('refuses a backup of a newer schema than this version knows, and a file that is not a backup', async () => {
    const newer = path.join(work, 'newer.tar.gz');
    const gzip = createGzip();
    const done = new Promise<void>((resolve) => gzip.pipe(fs.createWriteStream(newer)).on('finish', () => resolve()));
    const tar = new TarWriter(gzip);
    const later = { ...manifest, migrations: { count: manifest.migrations.count + 1, tag: '9999_future', when: Date.now() + 86_400_000 } };
    await tar.add('manifest.json', Buffer.from(JSON.stringify(later)));
    await tar.finish();
    await done;
    const target = await emptyDatabase();
    expect((await refusal(restoreFromFile(target, newFolder('files'), newer))).code).toBe('backup.newer_schema');

    const garbage = path.join(work, 'garbage.tar.gz');
    fs.writeFileSync(garbage, 'not a backup at all');
    expect((await refusal(restoreFromFile(target, newFolder('files'), garbage))).code).toBe('backup.unreadable');
    // Nothing was left behind: the same database still takes the real backup.
    await restoreFromFile(target, newFolder('files'), file);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, entries: manifest.audit.entries });
  }, 120_000);

  it('refuses a backup whose file was altered, and leaves the target empty', async () => {
    const altered = path.join(work, 'altered.tar.gz');
    const source = newFolder('files-altered');
    fs.cpSync(filesDir, source, { recursive: true });
    const [key] = Object.keys(fileHashes(source));
    const stored = (fs.readdirSync(source, { recursive: true }) as string[]).find((f) => path.basename(f) === key)!;
    const bytes = fs.readFileSync(path.join(source, stored));
    bytes[bytes.length - 2] ^= 1;
    fs.writeFileSync(path.join(source, stored), bytes);
    await backupToFile(t.database, source, altered);
    const target = await emptyDatabase();
    const targetFiles = newFolder('files');
    expect((await refusal(restoreFromFile(target, targetFiles, altered))).code).toBe('backup.mismatch');
    expect(fileHashes(targetFiles)).toEqual({});
    const [{ n }] = ((await target.db.execute(sql`select count(*)::int as n from users`)) as unknown as { rows: { n: number }[] }).rows;
    expect(n).toBe(0);
  }, 120_000);
});

describe.runIf(process.env.DATABASE_URL)('copying the embedded database into PostgreSQL', () => {
  it('moves the rows and the files, checked by counts and the audit chain', async () => {
    expect(restoredEmbedded).toBeDefined();
    const { database: embedded, filesDir: embeddedFiles } = restoredEmbedded!;
    const server = await emptyDatabase();
    const serverFiles = newFolder('server-files');
    const copied = await copyDatabase({ database: embedded, filesDir: embeddedFiles }, { database: server, filesDir: serverFiles });
    expect(copied.source).toBe('pglite');
    expect(await contents(server)).toEqual(await contents(t.database));
    expect(fileHashes(serverFiles)).toEqual(fileHashes(filesDir));
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true, entries: manifest.audit.entries });
    // A second copy into the same database is refused.
    expect((await refusal(copyDatabase({ database: embedded, filesDir: embeddedFiles }, { database: server, filesDir: serverFiles }))).code).toBe('backup.target_not_empty');
  }, 120_000);
});

describe('scheduled backups', () => {
  it('run as a daily job into BACKUP_DIR, queue the next day and keep the newest BACKUP_KEEP', async () => {
    const dir = newFolder('scheduled');
    const deps = { ...t.deps, config: { ...t.config, backupDir: dir, backupKeep: 2, backupHourUtc: 19 } };
    await scheduleJob(t.db, { kind: BACKUP_JOB });
    await new JobWorker(deps).runDue();
    const [first] = fs.readdirSync(dir);
    expect(first).toMatch(/^chancery-\d{8}T\d{6}Z\.tar\.gz$/);
    const next = ((await t.db.execute(sql`select run_at from jobs where kind = ${BACKUP_JOB} and status = 'pending'`)) as unknown as { rows: { run_at: string | Date }[] }).rows;
    expect(next).toHaveLength(1);
    expect(new Date(next[0].run_at).getUTCHours()).toBe(19);
    expect(((await t.db.execute(sql`select status from jobs where kind = ${BACKUP_JOB} and status = 'done'`)) as unknown as { rows: unknown[] }).rows).toHaveLength(1);

    for (const day of [1, 2, 3]) await scheduledBackup(deps, dir, 2, new Date(Date.UTC(2030, 0, day, 19)));
    expect(fs.readdirSync(dir).sort()).toEqual(['chancery-20300102T190000Z.tar.gz', 'chancery-20300103T190000Z.tar.gz']);
    // What the job wrote restores.
    const target = await emptyEmbedded();
    const restored = await restoreFromFile(target, newFolder('files'), path.join(dir, 'chancery-20300103T190000Z.tar.gz'));
    expect(restored.audit.headHash).toBe(manifest.audit.headHash);
  }, 120_000);
});
