// A write the database refuses answers a 4xx problem naming the field, never a 500: the module's own error where it named the constraint, a generic one otherwise.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, attendance, bodies, calendarItems, decisions, delegations, meetings, organizations, parties, people, users } from '../src/server/db/schema/index.ts';
import { installErrorHandler } from '../src/server/platform/http/problem.ts';
import { createBody, createMeeting } from './meetings-fixtures.ts';
import { expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('a race past a use case’s check answers as the check does', () => {
  it('three simultaneous creations of one party code: 201, then 400 party.code_taken twice', async () => {
    const results = await Promise.all((['staff', 'staff2', 'head'] as const).map((who) => t.as(who, 'POST', '/api/parties', { code: 'QZ', names: { en: `Race by ${who}` }, kind: 'other' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400, 400]);
    for (const r of results.filter((x) => x.statusCode !== 201)) expectProblem(r, 400, { code: 'party.code_taken', field: 'code' });
    expect(await t.db.select().from(parties).where(eq(parties.code, 'QZ'))).toHaveLength(1);
  });
});

describe.runIf(process.env.DATABASE_URL)('a race the check cannot see, on PostgreSQL', () => {
  it('a creation whose check passed while another held the code uncommitted answers 400 party.code_taken', async () => {
    let answer: ReturnType<TestApp['as']> | undefined;
    await t.db.transaction(async (tx) => {
      await tx.insert(parties).values({ code: 'QW', names: { en: 'First, not yet committed' }, kind: 'other', classification: 'public' });
      answer = t.as('staff', 'POST', '/api/parties', { code: 'QW', names: { en: 'Second' }, kind: 'other' });
      // The request's check saw no QW; its insert now waits on the unique index for this transaction.
      for (;;) {
        const res = (await t.db.execute(
          sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into "parties"%'`,
        )) as unknown as { rows: { n: number }[] };
        if (res.rows[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    expectProblem(await answer!, 400, { code: 'party.code_taken', field: 'code' });
    expect(await t.db.select().from(parties).where(eq(parties.code, 'QW'))).toHaveLength(1);
  });
});

describe('a constraint catches what a use case lets through', () => {
  it('a delegation member whose period runs backwards is refused with the module’s error, and nothing is written', async () => {
    const [person] = await t.db.insert(people).values({ fullName: 'Retno Marsudi', classification: 'public' }).returning();
    const res = await t.as('staff', 'POST', '/api/delegations', {
      partyCode: 'ID',
      names: { en: 'Delegation with a backwards member' },
      classification: 'public',
      members: [{ personId: person.id, fromDate: '2025-06-01', toDate: '2024-01-01' }],
    });
    expectProblem(res, 400, { code: 'directory.invalid_period', field: 'members' });
    expect(await t.db.select().from(delegations).where(eq(delegations.nameEn, 'Delegation with a backwards member'))).toEqual([]);
  });
});

describe('constraints found writes that were wrong all along', () => {
  it('sharing a meeting with two action items leaves each item’s calendar entry its own id and a calendar status', async () => {
    const body = await createBody(t);
    const m = await createMeeting(t, body.id);
    for (const title of ['Report back', 'Circulate the draft']) {
      expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/action-items`, { title, ownerPartyCode: 'ID', dueDate: '2099-05-01' }), 201);
    }
    expectStatus(await t.as('staff', 'PATCH', `/api/meetings/${m.id}`, { classification: 'shared', sharedWith: { parties: ['ID'] } }), 200);
    const entries = await t.db.select().from(calendarItems).where(eq(calendarItems.recordType, 'action_item'));
    const ofMeeting = entries.filter((e) => e.groupKey === body.id);
    expect(ofMeeting).toHaveLength(2);
    expect(new Set(ofMeeting.map((e) => e.id)).size).toBe(2);
    expect(ofMeeting.map((e) => e.id)).not.toContain(m.id);
    for (const e of ofMeeting) expect(e).toMatchObject({ status: 'confirmed', classification: 'shared', sharedParties: ['ID'] });
  });
});

describe('a route that forgets its checks still answers a problem', () => {
  let app: FastifyInstance;
  let meetingId: string;
  const writes: Record<string, () => Promise<unknown>> = {};
  beforeAll(async () => {
    const [body] = await t.db.insert(bodies).values({ names: { en: 'Senior Officials Meeting' }, kind: 'senior_officials' }).returning();
    const [m] = await t.db.insert(meetings).values({ bodyId: body.id, title: 'SOM', startsAt: new Date('2026-05-01T02:00:00Z'), endsAt: new Date('2026-05-01T08:00:00Z') }).returning();
    meetingId = m.id;
    const [item] = await t.db.insert(agendaItems).values({ meetingId, position: 1, title: 'Item' }).returning();
    await t.db.insert(decisions).values({ meetingId, agendaItemId: item.id, seq: 1, code: 'SOM/D1', text: 'Agreed.' });
    await t.db.insert(attendance).values({ meetingId, partyCode: 'ID', status: 'present' });
    Object.assign(writes, {
      unknownParty: () => t.db.insert(users).values({ email: 'nobody@test.example', displayName: 'Nobody', role: 'delegate', partyCode: 'XX', passwordHash: 'x' }),
      unknownAgendaItem: () => t.db.insert(decisions).values({ meetingId, agendaItemId: randomUUID(), seq: 2, code: 'SOM/D2', text: 'Agreed.' }),
      badKind: () => t.db.insert(parties).values({ code: 'QK', names: { en: 'Bad kind' }, kind: 'empire' as 'other' }),
      removeReferencedParty: () => t.db.delete(parties).where(eq(parties.code, 'ID')),
      removeItemWithDecisions: () => t.db.delete(agendaItems).where(eq(agendaItems.id, item.id)),
      duplicateAttendance: () => t.db.insert(attendance).values({ meetingId, partyCode: 'ID', status: 'absent' }),
      duplicateCode: () => t.db.insert(parties).values({ code: 'ID', names: { en: 'Indonesia again' }, kind: 'member_state' }),
      missingName: () => t.db.insert(organizations).values({ names: null as unknown as { en: string }, kind: 'agency' }),
      namesWithoutEnglish: () => t.db.insert(organizations).values({ names: { ru: 'Только по-русски' } as unknown as { en: string }, kind: 'agency' }),
      namesWithBadKey: () => t.db.insert(organizations).values({ names: { en: 'Agency', 'Bahasa Indonesia': 'Badan' } as unknown as { en: string }, kind: 'agency' }),
      malformedId: () => t.db.execute(sql`select ${'not-an-id'}::uuid`),
      hugeNumber: () => t.db.update(meetings).set({ number: 2 ** 31 }).where(eq(meetings.id, meetingId)),
    });
    app = Fastify();
    installErrorHandler(app);
    app.post<{ Params: { what: string } }>('/forgetful/:what', async (request) => {
      await writes[request.params.what]();
      return { written: true };
    });
    await app.ready();
  });
  afterAll(async () => app?.close());
  const send = (what: string) => app.inject({ method: 'POST', url: `/forgetful/${what}` });

  it('a reference to nothing: 400 naming the field', async () => {
    const p = expectProblem(await send('unknownParty'), 400, { code: 'request.unknown_reference', field: 'partyCode' });
    expect(p.detail).toBe('There is no such party.');
    expectProblem(await send('unknownAgendaItem'), 400, { code: 'request.unknown_reference', field: 'agendaItemId' });
  });

  it('removing what others still name: 409, or the module’s own error where it named the constraint', async () => {
    expectProblem(await send('removeReferencedParty'), 409, { code: 'request.still_referenced' });
    expectProblem(await send('removeItemWithDecisions'), 409, { code: 'agenda_item.has_decisions' });
  });

  it('a value a CHECK refuses: 400 naming the column and saying what is allowed', async () => {
    const p = expectProblem(await send('badKind'), 400, { code: 'request.not_allowed', field: 'kind' });
    expect(p.detail).toBe('Choose one of: member_state, dialogue_partner, observer, other.');
    expect(expectProblem(await send('namesWithBadKey'), 400, { code: 'request.not_allowed', field: 'names' }).detail).toMatch(/language code/);
  });

  it('a duplicate: 409 naming the field, or the module’s own error', async () => {
    expectProblem(await send('duplicateAttendance'), 409, { code: 'request.duplicate', field: 'partyCode' });
    expectProblem(await send('duplicateCode'), 400, { code: 'party.code_taken', field: 'code' });
  });

  it('a missing or malformed value: 400', async () => {
    expectProblem(await send('missingName'), 400, { code: 'request.value_required', field: 'names' });
    // The English name, generated from the names, is required before any CHECK is tried.
    expectProblem(await send('namesWithoutEnglish'), 400, { code: 'request.value_required', field: 'nameEn' });
    expectProblem(await send('malformedId'), 400, { code: 'request.invalid_value' });
    expectProblem(await send('hugeNumber'), 400, { code: 'request.out_of_range' });
  });

  it('nothing was written by any of them', async () => {
    expect(await t.db.select().from(users).where(eq(users.email, 'nobody@test.example'))).toEqual([]);
    expect(await t.db.select().from(parties).where(eq(parties.code, 'QK'))).toEqual([]);
    expect(await t.db.select().from(decisions).where(eq(decisions.meetingId, meetingId))).toHaveLength(1);
    expect(await t.db.select().from(attendance).where(eq(attendance.meetingId, meetingId))).toHaveLength(1);
    expect(expectStatus(await t.as('staff', 'GET', '/api/parties?q=indonesia'), 200).total).toBe(1);
  });
});
