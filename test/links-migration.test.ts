// The `links` arrays of a database from before record links read back identically once migrated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/client.ts';
import { migrateDatabase, migrationsFolder } from '../src/server/db/migrate.ts';
import { recordLinks } from '../src/server/db/schema/index.ts';
import { type Body, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

/** The migrations up to (not including) the one that creates record_links, in a folder of their own. */
function migrationsBeforeLinks(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-migrations-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const first = journal.entries.findIndex((e) => /_record_links$/.test(e.tag));
  expect(first, 'the migration that creates record_links').toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, first);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const ids = {
  org: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a01',
  body: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a02',
  meeting: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a03',
  earlier: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a04',
  line: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a05',
  item: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a06',
  decision: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a07',
  superseded: '0b5f1c1e-2f4a-4c39-9d55-3f7f6b1c0a08',
};
const ref = (recordType: string, recordId: string) => ({ recordType, recordId });
/** The arrays as they were stored, in an order that is not the order of their ids. */
const lineLinks = [ref('meeting', ids.meeting), ref('meeting', ids.earlier)];
const itemLinks = [ref('decision', ids.superseded), ref('organization', ids.org), ref('meeting', ids.earlier)];
const decisionLinks = [ref('organization', ids.org), ref('decision', ids.superseded)];

/** Records with `links` arrays, written as the schema before record links stored them. */
async function recordsWithLinkArrays(database: Database) {
  const json = (v: unknown) => JSON.stringify(v);
  for (const statement of [
    sql`insert into organizations (id, name_en, kind, classification) values (${ids.org}, 'ASEAN Centre for Energy', 'agency', 'mission')`,
    sql`insert into bodies (id, name_en, kind, classification, decision_prefix) values (${ids.body}, 'Joint Cooperation Committee', 'joint_committee', 'mission', 'JCC')`,
    sql`insert into meetings (id, body_id, number, title, starts_at, ends_at, classification) values
      (${ids.earlier}, ${ids.body}, 1, '1st JCC', '2025-03-18T02:30:00Z', '2025-03-18T09:00:00Z', 'mission'),
      (${ids.meeting}, ${ids.body}, 2, '2nd JCC', '2026-03-18T02:30:00Z', '2026-03-18T09:00:00Z', 'mission')`,
    sql`insert into work_plan_lines (id, body_id, code, title, links) values (${ids.line}, ${ids.body}, '1.1', 'Grid study', ${json(lineLinks)}::jsonb)`,
    sql`insert into agenda_items (id, meeting_id, position, title, links) values (${ids.item}, ${ids.meeting}, 1, 'Matters arising', ${json([...itemLinks, itemLinks[0]])}::jsonb)`,
    sql`insert into decisions (id, meeting_id, seq, code, text, status, superseded_by_id, links) values
      (${ids.superseded}, ${ids.earlier}, 1, 'JCC-1/D1', 'Meet twice a year.', 'superseded', ${ids.decision}, '[]'::jsonb),
      (${ids.decision}, ${ids.meeting}, 1, 'JCC-2/D1', 'Meet once a year.', 'in_force', null, ${json(decisionLinks)}::jsonb)`,
  ])
    await database.db.execute(statement);
}

let t: TestApp;
beforeAll(async () => {
  const before = migrationsBeforeLinks();
  t = await createTestApp({
    migrate: async (database) => {
      await migrateDatabase(database, before);
      await recordsWithLinkArrays(database);
      await migrateDatabase(database);
    },
  });
  fs.rmSync(before, { recursive: true, force: true });
}, 120_000);
afterAll(async () => t?.close());

describe('moving the links arrays into record links', () => {
  it('keeps every link of work-plan lines, agenda items and decisions, in order, as the API answered before', async () => {
    const lines = expectStatus(await t.as('staff', 'GET', `/api/bodies/${ids.body}/work-plan`), 200);
    expect(lines.items.map((l: Body) => l.links)).toEqual([lineLinks]);
    const agenda = expectStatus(await t.as('staff', 'GET', `/api/meetings/${ids.meeting}/agenda-items`), 200);
    // The repeated entry was kept once.
    expect(agenda.items.map((i: Body) => i.links)).toEqual([itemLinks]);
    expect(expectStatus(await t.as('staff', 'GET', `/api/decisions/${ids.decision}`), 200).links).toEqual(decisionLinks);
    expect(expectStatus(await t.as('staff', 'GET', `/api/decisions/${ids.superseded}`), 200).links).toEqual([]);
  });

  it('drops the arrays and leaves the links to be seen from the other side', async () => {
    const columns = await t.db.execute(sql`select table_name from information_schema.columns where column_name = 'links' and table_schema = current_schema()`);
    expect((columns as unknown as { rows: unknown[] }).rows ?? columns).toEqual([]);
    expect(await t.db.select().from(recordLinks)).toHaveLength(lineLinks.length + itemLinks.length + decisionLinks.length);
    const toOrg = expectStatus(await t.as('staff', 'GET', `/api/links?recordType=organization&recordId=${ids.org}`), 200);
    expect(toOrg.items.map((l: Body) => [l.kind, l.direction, l.record.recordType, l.record.recordId]).sort()).toEqual([
      ['references', 'incoming', 'agenda_item', ids.item],
      ['references', 'incoming', 'decision', ids.decision],
    ]);
  });
});
