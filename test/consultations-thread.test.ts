// A consultation's thread: comments, mission-only notes, mentions and paging.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/server/db/schema/index.ts';
import { circulate, createConsultation, newVersion } from './consultations-fixtures.ts';
import { type Body, expectProblem, expectStatus, unknownId } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
let c: Body;
beforeAll(async () => {
  t = await createTestApp();
  const draft = await createConsultation(t, { title: 'Draft work plan on connectivity', distribution: { parties: ['ID'], organizations: [t.sco.id] } });
  c = await circulate(t, draft.id);
});
afterAll(async () => t?.close());

const post = (who: Who, b: Record<string, unknown>, id = c.id) => t.as(who, 'POST', `/api/consultations/${id}/comments`, b);
const thread = async (who: Who, query = '', id = c.id) => expectStatus(await t.as(who, 'GET', `/api/consultations/${id}/comments${query}`), 200);
const bodies = async (who: Who, query = '') => (await thread(who, query)).items.map((i: Body) => i.body);
const notificationTitles = async (who: Who) => expectStatus(await t.as(who, 'GET', '/api/notifications'), 200).items.map((n: Body) => n.title);

describe('the thread', () => {
  it('anyone who sees the consultation writes in it; the body stays plain text', async () => {
    const mine = expectStatus(await post('delegateId', { body: 'Indonesia needs <b>more time</b>.' }), 201);
    expect(mine).toMatchObject({ body: 'Indonesia needs <b>more time</b>.', authorId: t.users.delegateId.id, authorLabel: t.users.delegateId.displayName, authorPartyCode: 'ID', missionOnly: false, versionId: null });
    expectStatus(await post('liaisonSco', { body: 'The Secretariat takes note.' }), 201);
    expectStatus(await post('staff', { body: 'Noted; the deadline stands.' }), 201);
    for (const who of ['staff', 'delegateId', 'liaisonSco'] as const) {
      expect(await bodies(who)).toEqual(['Indonesia needs <b>more time</b>.', 'The Secretariat takes note.', 'Noted; the deadline stands.']);
    }
    const actions = await t.db.select().from(auditLog).where(and(eq(auditLog.recordId, c.id), eq(auditLog.action, 'consultation.comment')));
    expect(actions).toHaveLength(3);
  });

  it('refuses an empty or too long comment, naming the body', async () => {
    expectProblem(await post('staff', { body: '   ' }), 400, { field: 'body' });
    expectProblem(await post('staff', { body: 'x'.repeat(8001) }), 400, { field: 'body' });
  });

  it('mission-only notes are never shown to delegations or liaison officers', async () => {
    expectStatus(await post('staff', { body: 'Internal: Indonesia will likely object.', missionOnly: true }), 201);
    expectProblem(await post('delegateId', { body: 'Sneaky', missionOnly: true }), 403, { code: 'comment.mission_only_forbidden' });
    expectProblem(await post('liaisonSco', { body: 'Sneaky', missionOnly: true }), 403);
    expect(await bodies('head')).toContain('Internal: Indonesia will likely object.');
    expect(await bodies('staff2')).toContain('Internal: Indonesia will likely object.');
    for (const who of ['delegateId', 'liaisonSco'] as const) {
      const got = await thread(who);
      expect(got.items.map((i: Body) => i.body)).not.toContain('Internal: Indonesia will likely object.');
      expect(got.total).toBe(3);
    }
    expect((await thread('staff')).total).toBe(4);
  });

  it('a thread per version; comments on a draft version stay with the mission', async () => {
    const v1 = c.currentVersion.id;
    expectStatus(await post('delegateId', { body: 'On version 1: paragraph 2 is unclear.', versionId: v1 }), 201);
    const v2 = await newVersion(t, c.id, '<p>Clarified</p>');
    expectStatus(await post('staff', { body: 'Draft 2 clarifies paragraph 2.', versionId: v2.id }), 201);
    expectProblem(await post('delegateId', { body: 'On the draft', versionId: v2.id }), 400, { field: 'versionId' });
    expectProblem(await post('staff', { body: 'Unknown version', versionId: unknownId() }), 400, { field: 'versionId' });
    expect(await bodies('delegateId', `?versionId=${v1}`)).toEqual(['On version 1: paragraph 2 is unclear.']);
    expect(await bodies('staff', `?versionId=${v2.id}`)).toEqual(['Draft 2 clarifies paragraph 2.']);
    expectProblem(await t.as('delegateId', 'GET', `/api/consultations/${c.id}/comments?versionId=${v2.id}`), 404);
    expect(await bodies('delegateId')).not.toContain('Draft 2 clarifies paragraph 2.');
    // Circulated, the draft's thread opens to the list with it.
    await circulate(t, c.id);
    expect(await bodies('delegateId', `?versionId=${v2.id}`)).toEqual(['Draft 2 clarifies paragraph 2.']);
  });

  it('pages oldest first with a cursor', async () => {
    const all = await bodies('staff');
    const first = await thread('staff', '?limit=2');
    const rest = await thread('staff', `?limit=200&cursor=${first.nextCursor}`);
    expect([...first.items, ...rest.items].map((i: Body) => i.body)).toEqual(all);
    expect(rest.nextCursor).toBeNull();
  });
});

describe('mentions', () => {
  it('lists who may be mentioned: the mission and those on the list', async () => {
    const people = expectStatus(await t.as('delegateId', 'GET', `/api/consultations/${c.id}/mentionable`), 200).items;
    const names = people.map((p: Body) => p.id);
    for (const who of ['admin', 'head', 'staff', 'staff2', 'delegateId', 'liaisonSco'] as const) expect(names).toContain(t.users[who].id);
    expect(names).not.toContain(t.users.delegateVn.id);
    expect(people.find((p: Body) => p.id === t.users.delegateId.id).partyCode).toBe('ID');
    const forNote = expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}/mentionable?missionOnly=true`), 200).items.map((p: Body) => p.id);
    expect(forNote.sort()).toEqual([t.users.admin.id, t.users.head.id, t.users.staff.id, t.users.staff2.id].sort());
  });

  it('under mission-only positions, lists for a delegate only the mission and their own delegation', async () => {
    const quiet = await circulate(
      t,
      (await createConsultation(t, { title: 'Quiet consultation', positionsVisibility: 'mission', distribution: { parties: ['ID', 'VN'], organizations: [t.sco.id] } })).id,
    );
    const mission = [t.users.admin.id, t.users.head.id, t.users.staff.id, t.users.staff2.id];
    const list = async (who: Who, query = '') => expectStatus(await t.as(who, 'GET', `/api/consultations/${quiet.id}/mentionable${query}`), 200).items.map((p: Body) => p.id).sort();
    expect(await list('delegateId')).toEqual([...mission, t.users.delegateId.id].sort());
    expect(await list('delegateVn')).toEqual([...mission, t.users.delegateVn.id].sort());
    expect(await list('liaisonSco')).toEqual([...mission, t.users.liaisonSco.id].sort());
    // The mission addresses everyone on the list.
    expect(await list('staff')).toEqual([...mission, t.users.delegateId.id, t.users.delegateVn.id, t.users.liaisonSco.id].sort());
    // Naming another delegation's account anyway is refused like an unknown one.
    expectProblem(await post('delegateId', { body: 'Viet Nam?', mentions: [t.users.delegateVn.id] }, quiet.id), 400, { code: 'comment.mention_not_allowed' });
    expectStatus(await post('delegateId', { body: 'Mission?', mentions: [t.users.staff.id] }, quiet.id), 201);
  });

  it('lists for a comment on a version not yet circulated the mission only', async () => {
    const draft = await newVersion(t, c.id, '<p>Draft 3.</p>');
    const forDraft = expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}/mentionable?versionId=${draft.id}`), 200).items.map((p: Body) => p.id);
    expect(forDraft.sort()).toEqual([t.users.admin.id, t.users.head.id, t.users.staff.id, t.users.staff2.id].sort());
    expectProblem(await t.as('delegateId', 'GET', `/api/consultations/${c.id}/mentionable?versionId=${draft.id}`), 400, { field: 'versionId' });
  });

  it('a mention notifies the user mentioned', async () => {
    const made = expectStatus(await post('staff', { body: 'Could Indonesia confirm by Friday?', mentions: [t.users.delegateId.id, t.users.liaisonSco.id] }), 201);
    expect(made.mentions).toEqual([
      { id: t.users.delegateId.id, displayName: t.users.delegateId.displayName },
      { id: t.users.liaisonSco.id, displayName: t.users.liaisonSco.displayName },
    ]);
    expect(await notificationTitles('delegateId')).toContain(`${t.users.staff.displayName} mentioned you: ${c.title}`);
    expect(await notificationTitles('liaisonSco')).toContain(`${t.users.staff.displayName} mentioned you: ${c.title}`);
    expect(await notificationTitles('staff2')).not.toContain(`${t.users.staff.displayName} mentioned you: ${c.title}`);
  });

  it('refuses to mention someone who cannot see the comment, alike for unknown users', async () => {
    const before = (await thread('staff')).total;
    const outsider = expectProblem(await post('staff', { body: 'Viet Nam?', mentions: [t.users.delegateVn.id] }), 400, { code: 'comment.mention_not_allowed', field: 'mentions' });
    const unknown = expectProblem(await post('staff', { body: 'Anyone?', mentions: [unknownId()] }), 400, { code: 'comment.mention_not_allowed', field: 'mentions' });
    expect(outsider.detail).toBe(unknown.detail);
    expectProblem(await post('staff', { body: 'Note', missionOnly: true, mentions: [t.users.delegateId.id] }), 400, { field: 'mentions' });
    expect((await thread('staff')).total).toBe(before);
    expect(await notificationTitles('delegateVn')).not.toContain(`${t.users.staff.displayName} mentioned you: ${c.title}`);
  });

  it('a mission-only note may mention mission users, who are told', async () => {
    expectStatus(await post('staff', { body: 'Head, please review.', missionOnly: true, mentions: [t.users.head.id] }), 201);
    expect(await notificationTitles('head')).toContain(`${t.users.staff.displayName} mentioned you: ${c.title}`);
  });

  it('a draft consultation’s thread is the mission’s', async () => {
    const draft = await createConsultation(t, { distribution: { parties: ['ID'] } });
    expectProblem(await post('staff', { body: 'Before circulating', mentions: [t.users.delegateId.id] }, draft.id), 400, { field: 'mentions' });
    expectStatus(await post('staff', { body: 'Before circulating' }, draft.id), 201);
    expectProblem(await t.as('delegateId', 'GET', `/api/consultations/${draft.id}/comments`), 404);
  });
});
