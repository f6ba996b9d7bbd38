// Funds' names keyed by language (decision 029) on a database that already holds funds: English and Russian names move into `names`, and the fund list still sorts and finds them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../src/server/db/migrate.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

/** The migrations up to (not including) the one moving funds to `names`, in a folder of their own. */
function migrationsBeforeFundNames(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-migrations-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const first = journal.entries.findIndex((e) => /_fund_names$/.test(e.tag));
  expect(first, 'the migration that moves funds to names').toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, first);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const ids = { both: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0c01', bare: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0c02' };

let t: TestApp;
beforeAll(async () => {
  const folder = migrationsBeforeFundNames();
  t = await createTestApp({
    migrate: async (database) => {
      await migrateDatabase(database, folder);
      await database.db.execute(sql`insert into funds (id, name_en, name_ru, acronym, currency, classification) values
        (${ids.both}, 'Zeta Partnership Fund', 'Фонд партнёрства Зета', 'ZPF', 'USD', 'mission'),
        (${ids.bare}, 'Alpha Trust Fund', '  ', null, 'USD', 'mission')`);
      await migrateDatabase(database);
    },
  });
  fs.rmSync(folder, { recursive: true, force: true });
}, 120_000);
afterAll(async () => t?.close());

describe('funds with names keyed by language', () => {
  it('keep the English and Russian names of existing funds, a blank Russian name left out', async () => {
    expect(expectStatus(await t.as('staff', 'GET', `/api/funds/${ids.both}`), 200).names).toEqual({ en: 'Zeta Partnership Fund', ru: 'Фонд партнёрства Зета' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/funds/${ids.bare}`), 200).names).toEqual({ en: 'Alpha Trust Fund' });
  });

  it('sort by the English name, are found by the Russian one, and refuse a fund without an English name', async () => {
    const sorted = expectStatus(await t.as('staff', 'GET', '/api/funds?sort=name&limit=100'), 200).items.map((f: Body) => f.names.en);
    expect(sorted.indexOf('Alpha Trust Fund')).toBeLessThan(sorted.indexOf('Zeta Partnership Fund'));
    const created = expectStatus(await t.as('staff', 'POST', '/api/funds', { names: { en: 'Omega Fund', ru: 'Фонд Омега' }, currency: 'USD' }), 201);
    const hits = expectStatus(await t.as('staff', 'GET', `/api/search?q=${encodeURIComponent('Омега')}`), 200);
    expect(hits.items.map((h: Body) => h.recordId)).toContain(created.id);
    expectProblem(await t.as('staff', 'POST', '/api/funds', { names: { ru: 'Без английского' }, currency: 'USD' }), 400, { field: 'names.en' });
  });
});
