// Puts the `names` columns (decision 029) on a database migrated to an earlier point, and takes them off again into name_en / name_ru.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../../src/server/db/client.ts';
import { migrationsFolder } from '../../src/server/db/migrate.ts';

/** The tables whose names moved into `names`, and the English name column each had before. */
export const NAMED_TABLES = [
  { table: 'parties', english: 'name_en' },
  { table: 'organizations', english: 'name_en' },
  { table: 'bodies', english: 'name_en' },
  { table: 'delegations', english: 'name' },
] as const;

const NAMES_MIGRATIONS = /_names_(add|fill|final|delegations)$/;

/**
 * Applies the SQL of the names migrations to a database migrated to before
 * them, without recording them, so that today's code (which writes `names`)
 * can load data into it.
 */
export async function putNamesOn(database: Database) {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  for (const { tag } of journal.entries.filter((e) => NAMES_MIGRATIONS.test(e.tag))) {
    const text = fs.readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8');
    for (const statement of text.split('--> statement-breakpoint')) {
      if (statement.trim()) await database.db.execute(sql.raw(statement));
    }
  }
}

/**
 * The reverse of `putNamesOn`: each table gets back its English and Russian
 * name columns, filled from `names`, and loses `names` and its CHECKs, so the
 * data sits in the shape it had before the names migrations (names in other
 * languages are dropped, as that shape had no place for them).
 */
export async function takeNamesOff(database: Database) {
  for (const { table, english } of NAMED_TABLES) {
    const t = sql.identifier(table);
    for (const check of ['object', 'en', 'keys']) await database.db.execute(sql`alter table ${t} drop constraint ${sql.identifier(`${table}_names_${check}_check`)}`);
    await database.db.execute(sql`alter table ${t} add column name_ru text`);
    await database.db.execute(sql`update ${t} set name_ru = names ->> 'ru'`);
    await database.db.execute(sql`alter table ${t} alter column name_en drop expression`);
    if (english !== 'name_en') await database.db.execute(sql`alter table ${t} rename column name_en to ${sql.identifier(english)}`);
    await database.db.execute(sql`alter table ${t} drop column names`);
  }
}

/** Every record's English and Russian name as the old columns held them, by table and id. */
export type OldNames = Record<string, Record<string, { en: string; ru: string | null }>>;

const rows = async (database: Database, statement: ReturnType<typeof sql>) =>
  ((await database.db.execute(statement)) as unknown as { rows: Record<string, unknown>[] }).rows;

/** The English and Russian names in the columns before the names migrations. */
export async function oldNames(database: Database): Promise<OldNames> {
  const out: OldNames = {};
  for (const { table, english } of NAMED_TABLES) {
    out[table] = {};
    for (const r of await rows(database, sql`select id, ${sql.identifier(english)} as en, name_ru as ru from ${sql.identifier(table)}`)) {
      out[table][r.id as string] = { en: r.en as string, ru: r.ru as string | null };
    }
  }
  return out;
}

/** Checks that every record's `names` (and generated `name_en`) holds its old English and Russian names, trimmed, a blank one left out. */
export async function namesAfterMigration(database: Database, before: OldNames) {
  for (const { table } of NAMED_TABLES) {
    const after = await rows(database, sql`select id, names, name_en from ${sql.identifier(table)}`);
    expect(after.map((r) => r.id), table).toEqual(expect.arrayContaining(Object.keys(before[table])));
    for (const r of after.filter((a) => Object.hasOwn(before[table], a.id as string))) {
      const old = before[table][r.id as string];
      const expected: Record<string, string> = { en: old.en.trim() };
      if (old.ru?.trim()) expected.ru = old.ru.trim();
      expect(r.names, `${table} ${r.id}`).toEqual(expected);
      expect(r.name_en).toBe(expected.en);
    }
  }
}
