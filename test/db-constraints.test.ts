// The database itself refuses bad rows written past the use cases: foreign keys, CHECKs (enums, ranges, periods, list shapes, rules) and unique indexes.
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseViolation, declaredConstraints } from '../src/server/db/constraints.ts';
import { attendance, bodies, meetings, organizations, parties, users, workPlanLines } from '../src/server/db/schema/index.ts';
import { namedConstraints } from '../src/server/platform/http/constraint-errors.ts';
import { MEETING_STATUSES } from '../src/shared/meetings.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let bodyId: string;
let meetingId: string;
beforeAll(async () => {
  t = await createTestApp();
  const [body] = await t.db.insert(bodies).values({ names: { en: 'Joint Cooperation Committee' }, kind: 'joint_committee', memberParties: ['ID', 'VN'] }).returning();
  bodyId = body.id;
  const [m] = await t.db
    .insert(meetings)
    .values({ bodyId, title: '20th JCC', number: 20, startsAt: new Date('2026-03-18T02:00:00Z'), endsAt: new Date('2026-03-18T09:00:00Z') })
    .returning();
  meetingId = m.id;
});
afterAll(async () => t?.close());

/** Runs a write that must fail, and returns what the database said (SQLSTATE and constraint). */
async function refusal(write: PromiseLike<unknown>) {
  const err = await Promise.resolve(write).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'the database accepted the write').not.toBeNull();
  const v = databaseViolation(err);
  expect(v, String(err)).not.toBeNull();
  return v!;
}
const run = (query: SQL) => t.db.execute(query);
const rowsOf = async <T,>(query: SQL) => ((await run(query)) as unknown as { rows: T[] }).rows;

describe('foreign keys', () => {
  it('refuse an id or code that names no row', async () => {
    expect(await refusal(t.db.insert(users).values({ email: 'x@test.example', displayName: 'X', role: 'delegate', partyCode: 'XX', passwordHash: 'x' }))).toMatchObject({
      code: '23503',
      constraint: 'users_party_code_parties_code_fk',
    });
    expect(await refusal(t.db.insert(organizations).values({ names: { en: 'Orphan unit' }, kind: 'agency', parentId: randomUUID() }))).toMatchObject({
      code: '23503',
      constraint: 'organizations_parent_id_organizations_id_fk',
    });
    expect(await refusal(run(sql`update meetings set approved_by = ${randomUUID()} where id = ${meetingId}`))).toMatchObject({ code: '23503', constraint: 'meetings_approved_by_users_id_fk' });
    expect(await refusal(run(sql`insert into consultations (body_id, title, method) values (${randomUUID()}, 'Draft', 'comments')`))).toMatchObject({
      code: '23503',
      constraint: 'consultations_body_id_bodies_id_fk',
    });
    expect(await refusal(run(sql`insert into action_items (meeting_id, body_id, title, owner_party_code) values (${meetingId}, ${bodyId}, 'Report', 'ZZ')`))).toMatchObject({
      code: '23503',
      constraint: 'action_items_owner_party_code_parties_code_fk',
    });
  });

  it('refuse removing a row another still names (RESTRICT)', async () => {
    // 23001 on PostgreSQL 16+ (PGlite), 23503 on PostgreSQL 15.
    const v = await refusal(run(sql`delete from parties where code = 'ID'`));
    expect(['23001', '23503']).toContain(v.code);
    expect(v.constraint).toBe('users_party_code_parties_code_fk');
    expect(['23001', '23503']).toContain((await refusal(run(sql`delete from bodies where id = ${bodyId}`))).code);
  });
});

describe('CHECK constraints', () => {
  it('refuse a value outside the enum, written from the same tuple as the contract', async () => {
    expect(await refusal(run(sql`update meetings set status = 'postponed' where id = ${meetingId}`))).toMatchObject({ code: '23514', constraint: 'meetings_status_check' });
    expect(await refusal(run(sql`update parties set classification = 'secret' where code = 'ID'`))).toMatchObject({ code: '23514', constraint: 'parties_classification_check' });
    const [{ def }] = await rowsOf<{ def: string }>(sql`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'meetings_status_check'`);
    for (const s of MEETING_STATUSES) expect(def).toContain(`'${s}'`);
  });

  it('refuse numbers out of range: progress 0–100, cadence of at least a month', async () => {
    expect(await refusal(t.db.insert(workPlanLines).values({ bodyId, code: '1.1', title: 'Line', progress: 101 }))).toMatchObject({ code: '23514', constraint: 'work_plan_lines_progress_check' });
    expect(await refusal(run(sql`update bodies set cadence_months = 0 where id = ${bodyId}`))).toMatchObject({ code: '23514', constraint: 'bodies_cadence_months_check' });
  });

  it('refuse periods that run backwards, and accept open ends', async () => {
    expect(await refusal(run(sql`update meetings set ends_at = starts_at - interval '1 hour' where id = ${meetingId}`))).toMatchObject({ code: '23514', constraint: 'meetings_period_check' });
    expect(await refusal(run(sql`update parties set member_from = '2000-01-01', member_to = '1999-12-31' where code = 'VN'`))).toMatchObject({
      code: '23514',
      constraint: 'parties_membership_period_check',
    });
    await run(sql`update parties set member_from = '2000-01-01', member_to = null where code = 'VN'`);
  });

  it('refuse malformed lists of party codes or ids, where an array cannot have a foreign key', async () => {
    const org = (values: Partial<typeof organizations.$inferInsert>) => t.db.insert(organizations).values({ names: { en: 'Shared unit' }, kind: 'agency', classification: 'shared', ...values });
    expect(await refusal(org({ sharedParties: ['id'] }))).toMatchObject({ code: '23514', constraint: 'organizations_shared_parties_check' });
    expect(await refusal(run(sql`update bodies set member_parties = array['ID', null] where id = ${bodyId}`))).toMatchObject({ code: '23514', constraint: 'bodies_member_parties_check' });
    expect(await refusal(run(sql`update bodies set responsible_user_ids = array[null]::uuid[] where id = ${bodyId}`))).toMatchObject({ code: '23514', constraint: 'bodies_responsible_user_ids_check' });
    await org({ sharedParties: ['ID', 'EU'], sharedOrganizations: [t.sco.id] });
  });

  it('refuse rows that break a rule across columns', async () => {
    expect(await refusal(t.db.insert(attendance).values({ meetingId, partyCode: 'ID', organizationId: t.sco.id, status: 'present' }))).toMatchObject({
      code: '23514',
      constraint: 'attendance_participant_check',
    });
    expect(await refusal(t.db.insert(users).values({ email: 'y@test.example', displayName: 'Y', role: 'delegate', passwordHash: 'x' }))).toMatchObject({
      code: '23514',
      constraint: 'users_delegate_party_check',
    });
    expect(await refusal(run(sql`insert into action_items (meeting_id, body_id, title) values (${meetingId}, ${bodyId}, 'Nobody owns this')`))).toMatchObject({
      code: '23514',
      constraint: 'action_items_owner_check',
    });
  });
});

describe('unique indexes', () => {
  it('refuse a second meeting of a body with the same number, unless the first was cancelled', async () => {
    const again = () => t.db.insert(meetings).values({ bodyId, title: '20th JCC again', number: 20, startsAt: new Date('2026-04-01T02:00:00Z'), endsAt: new Date('2026-04-01T09:00:00Z') });
    expect(await refusal(again())).toMatchObject({ code: '23505', constraint: 'meetings_body_number_uq' });
    expect(await refusal(t.db.insert(parties).values({ code: 'ID', names: { en: 'Indonesia again' }, kind: 'member_state' }))).toMatchObject({ code: '23505', constraint: 'parties_code_uq' });
  });
});

describe('the schema and the database agree', () => {
  const names = async (query: SQL) => (await rowsOf<{ name: string }>(query)).map((r) => r.name).sort();
  const constraintsInDatabase = () =>
    names(sql`select conname as name from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype in ('f', 'c')`);
  const indexesInDatabase = () => names(sql`select indexname as name from pg_indexes where schemaname = 'public'`);

  it('has exactly the foreign keys and CHECKs the schema declares, and its unique indexes (else: npm run db:generate)', async () => {
    const declared = declaredConstraints();
    expect(declared.filter((c) => c.kind !== 'unique').map((c) => c.name).sort()).toEqual(await constraintsInDatabase());
    const indexes = new Set(await indexesInDatabase());
    expect(declared.filter((c) => c.kind === 'unique' && !indexes.has(c.name))).toEqual([]);
  });

  it('has every constraint a module gave its own error to', async () => {
    const known = new Set([...(await constraintsInDatabase()), ...(await indexesInDatabase())]);
    expect(namedConstraints().length).toBeGreaterThan(0);
    expect(namedConstraints().filter((n) => !known.has(n))).toEqual([]);
  });
});
