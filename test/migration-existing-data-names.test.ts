// Names keyed by language (decision 029) on a database that already holds data: English and Russian names move into `names`, and lists, search and sorting work as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/client.ts';
import { migrateDatabase, migrationsFolder } from '../src/server/db/migrate.ts';
import { type Body, expectStatus } from './support/http.ts';
import { namesAfterMigration, type OldNames, oldNames } from './support/names-shape.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

/** The migrations up to (not including) the first names migration, in a folder of their own. */
function migrationsBeforeNames(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-migrations-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const first = journal.entries.findIndex((e) => /_names_add$/.test(e.tag));
  expect(first, 'the migration that adds names').toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, first);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const ids = {
  party: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0b01',
  bare: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0b02',
  blankRu: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0b03',
  padded: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0b04',
  body: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0b05',
  delegation: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0b06',
};

/** Records as the schema before `names` stored them: with and without a Russian name, a blank one, and names with spaces around them. */
async function recordsWithNameColumns(database: Database) {
  for (const statement of [
    sql`insert into parties (id, code, name_en, name_ru, kind, classification, search_text) values (${ids.party}, 'QN', 'Nauru', 'Науру', 'other', 'public', 'qn nauru науру')`,
    sql`insert into organizations (id, name_en, name_ru, kind, classification, search_text) values
      (${ids.bare}, 'Zeta Agency', null, 'agency', 'mission', 'zeta agency'),
      (${ids.blankRu}, 'Alpha Office', '   ', 'agency', 'mission', 'alpha office'),
      (${ids.padded}, '  Mu Institute ', ' Институт Мю ', 'academic', 'mission', 'mu institute институт мю')`,
    sql`insert into bodies (id, name_en, name_ru, kind, classification, search_text) values (${ids.body}, 'Joint Cooperation Committee', 'Совместный комитет сотрудничества', 'joint_committee', 'mission', 'joint cooperation committee совместный комитет сотрудничества')`,
    sql`insert into delegations (id, party_code, name, name_ru, classification, search_text) values (${ids.delegation}, 'QN', 'Delegation of Nauru', 'Делегация Науру', 'mission', 'delegation of nauru делегация науру qn')`,
  ])
    await database.db.execute(statement);
}

let t: TestApp;
let before: OldNames;
beforeAll(async () => {
  const folder = migrationsBeforeNames();
  t = await createTestApp({
    migrate: async (database) => {
      await migrateDatabase(database, folder);
      await recordsWithNameColumns(database);
      before = await oldNames(database);
      await migrateDatabase(database);
    },
  });
  fs.rmSync(folder, { recursive: true, force: true });
}, 120_000);
afterAll(async () => t?.close());

const rows = async (database: Database, statement: ReturnType<typeof sql>) =>
  ((await database.db.execute(statement)) as unknown as { rows: Record<string, unknown>[] }).rows;

describe('moving English and Russian names into names keyed by language', () => {
  it('keeps every English and Russian name of the existing records, and drops the old Russian columns', async () => {
    await namesAfterMigration(t.database, before);
    const leftover = await rows(t.database, sql`select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'name_ru' and table_name in ('parties', 'organizations', 'bodies', 'delegations')`);
    expect(leftover).toEqual([]);
  });

  it('answers the migrated records with their names, a blank Russian name left out and spaces trimmed', async () => {
    expect(expectStatus(await t.as('staff', 'GET', `/api/organizations/${ids.bare}`), 200).names).toEqual({ en: 'Zeta Agency' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/organizations/${ids.blankRu}`), 200).names).toEqual({ en: 'Alpha Office' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/organizations/${ids.padded}`), 200).names).toEqual({ en: 'Mu Institute', ru: 'Институт Мю' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/parties/${ids.party}`), 200).names).toEqual({ en: 'Nauru', ru: 'Науру' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/bodies/${ids.body}`), 200).names).toEqual({ en: 'Joint Cooperation Committee', ru: 'Совместный комитет сотрудничества' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/delegations/${ids.delegation}`), 200).names).toEqual({ en: 'Delegation of Nauru', ru: 'Делегация Науру' });
  });

  it('still sorts by the English name with its index, and finds the records by their Russian names', async () => {
    const indexes = await rows(t.database, sql`select indexname from pg_indexes where indexname in ('organizations_name_idx', 'bodies_name_idx') order by 1`);
    expect(indexes.map((r) => r.indexname)).toEqual(['bodies_name_idx', 'organizations_name_idx']);
    const sorted = expectStatus(await t.as('staff', 'GET', '/api/organizations?sort=name&limit=100'), 200).items.map((o: Body) => o.names.en.toLowerCase());
    expect(sorted).toEqual([...sorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(expectStatus(await t.as('staff', 'GET', `/api/organizations?q=${encodeURIComponent('Институт Мю')}`), 200).items.map((o: Body) => o.id)).toEqual([ids.padded]);
    expect(expectStatus(await t.as('staff', 'GET', `/api/delegations?q=${encodeURIComponent('Делегация Науру')}`), 200).items.map((d: Body) => d.id)).toEqual([ids.delegation]);
  });

  it('adds a name in a third language to a migrated record without a new column', async () => {
    const changed = expectStatus(await t.as('staff', 'PATCH', `/api/parties/${ids.party}`, { names: { en: 'Nauru', ru: 'Науру', id: 'Nauru' } }), 200);
    expect(changed.names).toEqual({ en: 'Nauru', ru: 'Науру', id: 'Nauru' });
  });
});
