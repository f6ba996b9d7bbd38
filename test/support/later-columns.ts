// Puts the columns later migrations add to existing tables on a database migrated to an earlier point, so today's code can load data into it, and takes them off again.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { migrationsFolder } from '../../src/server/db/migrate.ts';

type Column = { table: string; column: string };
const ADD_COLUMN = /^ALTER TABLE "(\w+)" ADD COLUMN "(\w+)" (.+?);?$/;

const exists = async (database: Database, c: Column) =>
  (
    (await database.db.execute(
      sql`select 1 from information_schema.columns where table_schema = 'public' and table_name = ${c.table} and column_name = ${c.column}`,
    )) as unknown as { rows: unknown[] }
  ).rows.length > 0;
const tableExists = async (database: Database, table: string) =>
  ((await database.db.execute(sql`select 1 from pg_tables where schemaname = 'public' and tablename = ${table}`)) as unknown as { rows: unknown[] }).rows.length > 0;

/**
 * Adds, without recording any migration, every column that the migrations
 * from `after` on add to a table the database already has (defaults only, no
 * constraints). Gives what was added, for `takeLaterColumnsOff`.
 */
export async function putLaterColumnsOn(database: Database, after: RegExp): Promise<Column[]> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const from = journal.entries.findIndex((e) => after.test(e.tag));
  const added: Column[] = [];
  for (const entry of journal.entries.slice(from)) {
    const text = fs.readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), 'utf8');
    for (const statement of text.split('--> statement-breakpoint')) {
      const m = ADD_COLUMN.exec(statement.trim());
      if (!m) continue;
      const c = { table: m[1], column: m[2] };
      if (!(await tableExists(database, c.table)) || (await exists(database, c))) continue;
      await database.db.execute(sql.raw(`ALTER TABLE "${c.table}" ADD COLUMN "${c.column}" ${m[3]}`));
      added.push(c);
    }
  }
  return added;
}

/** The reverse of `putLaterColumnsOn`: what the load wrote there is the columns' defaults. */
export async function takeLaterColumnsOff(database: Database, added: Column[]) {
  for (const c of [...added].reverse()) await database.db.execute(sql.raw(`ALTER TABLE "${c.table}" DROP COLUMN "${c.column}"`));
}
