// The integrity migration (foreign keys, CHECKs) applies to a database that already holds data: the demo dataset and a bench dataset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/scenarios.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/client.ts';
import { migrateDatabase, migrationsFolder } from '../src/server/db/migrate.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import { createTestDatabase } from './support/database.ts';
import { namesAfterMigration, oldNames, putNamesOn, takeNamesOff } from './support/names-shape.ts';
import { putLaterColumnsOn, takeLaterColumnsOff } from './support/later-columns.ts';
import { putSecondFactorOn, takeSecondFactorOff } from './support/second-factor-shape.ts';

/** The migration that added the constraints; the data is loaded at the one before it. */
const INTEGRITY = /_integrity$/;

/** What to close and remove after the tests. */
const opened: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of opened) await close();
});

const readJournal = () => JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };

/** A copy of the migrations folder that stops before `tag` (or just after it, with `through`). */
function migrationsBefore(tag: RegExp, { through = false } = {}) {
  const journal = readJournal();
  const at = journal.entries.findIndex((e) => tag.test(e.tag)) + (through ? 1 : 0);
  expect(at, `${tag} is in the journal`).toBeGreaterThan(0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-migrations-'));
  opened.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'meta'));
  const entries = journal.entries.slice(0, at);
  for (const e of entries) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

async function rowCounts(database: Database) {
  const tables = (await database.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by 1`)) as unknown as { rows: { tablename: string }[] };
  const counts: Record<string, number> = {};
  for (const { tablename } of tables.rows) {
    const r = (await database.db.execute(sql`select count(*)::int as n from ${sql.identifier(tablename)}`)) as unknown as { rows: { n: number }[] };
    counts[tablename] = r.rows[0].n;
  }
  return counts;
}

const constraintCount = async (database: Database) =>
  (
    (await database.db.execute(
      sql`select count(*)::int as n from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype in ('f', 'c')`,
    )) as unknown as { rows: { n: number }[] }
  ).rows[0].n;

async function migratedOver(load: (database: Database) => Promise<unknown>) {
  const database = await createTestDatabase({ migrations: migrationsBefore(INTEGRITY) });
  opened.push(() => database.close());
  // Today's code writes names keyed by language and the second-factor columns (later migrations): the data is loaded with them and kept in the shape of its time.
  await putNamesOn(database);
  await putSecondFactorOn(database);
  // And the columns later migrations add to tables it already has (account kinds, calendar item kinds, follow-ups' subjects …).
  const later = await putLaterColumnsOn(database, INTEGRITY);
  await load(database);
  await takeNamesOff(database);
  const before = await rowCounts(database);
  const constraintsBefore = await constraintCount(database);
  await takeSecondFactorOff(database);
  await takeLaterColumnsOff(database, later);
  const names = await oldNames(database);
  await migrateDatabase(database);
  // Tables made by later migrations start empty; the tables that held the data keep every row.
  const after = await rowCounts(database);
  expect(Object.fromEntries(Object.keys(before).map((t) => [t, after[t]]))).toEqual(before);
  // The later names migrations keep every English and Russian name.
  await namesAfterMigration(database, names);
  expect(await constraintCount(database)).toBeGreaterThan(constraintsBefore + 150);
  return before;
}

describe('the integrity migration on a database already in use', () => {
  it('applies over the demo dataset', async () => {
    // The modules whose tables the schema before the integrity migration has.
    const modules = ['platform', 'directory', 'meetings', 'consultations'];
    const counts = await migratedOver((database) => seedDemo({ db: database.db, database, config: loadConfig({ LOG_LEVEL: 'silent' }) }, { modules }));
    expect(counts.meetings).toBeGreaterThan(0);
    expect(counts.consultation_positions).toBeGreaterThan(0);
  }, 240_000);

  it('applies over a bench dataset', async () => {
    const counts = await migratedOver((database) => generateDataset(database.db, { seed: 'integrity-migration', organizations: 300, people: 600 }));
    expect(counts.organizations).toBeGreaterThanOrEqual(300);
    expect(counts.posts).toBeGreaterThan(600);
  }, 240_000);
});
