// Bodies' cadence health and coordinators, derived from the meetings they held, and the overdue notice.
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, settings } from '../src/server/db/schema/index.ts';
import { runCadenceCheck } from '../src/server/modules/meetings/cadence.job.ts';
import { addMonths, deriveHealth, overdueFrom } from '../src/server/modules/meetings/cadence.ts';
import { createBody, createMeeting, moveTo } from './meetings-fixtures.ts';
import { expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

const rule = { cadenceMonths: 12, dueSoonDays: 60, createdAt: new Date('2020-01-01T00:00:00Z') };
const lastMet = (iso: string, timeZone = 'Asia/Jakarta') => ({ id: '00000000-0000-4000-8000-000000000001', startsAt: new Date(iso), timeZone });

describe('cadence health, derived from the last meeting', () => {
  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2025-11-27', 12)).toBe('2026-11-27');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-15', 3)).toBe('2026-03-15');
  });

  it('a body that last met 2025-11-27 10:00 WIB is due on 2026-11-27 and overdue from midnight in Jakarta (17:00 UTC)', () => {
    const last = lastMet('2025-11-27T03:00:00Z');
    expect(deriveHealth(rule, last, null, new Date('2026-11-27T16:59:59.999Z'))).toMatchObject({ state: 'due_soon', nextDueOn: '2026-11-27' });
    expect(deriveHealth(rule, last, null, new Date('2026-11-27T17:00:00.000Z'))).toMatchObject({ state: 'overdue', nextDueOn: '2026-11-27' });
    expect(overdueFrom('2026-11-27', 'Asia/Jakarta').toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });

  it('counts in the zone the body last met in, not in UTC or Jakarta', () => {
    // 20:00 in New York on 26 November is already 27 November in Jakarta and in UTC.
    const last = lastMet('2025-11-27T01:00:00Z', 'America/New_York');
    const h = deriveHealth(rule, last, null, new Date('2026-11-27T04:59:59Z'));
    expect(h).toMatchObject({ nextDueOn: '2026-11-26', state: 'due_soon', timeZone: 'America/New_York' });
    expect(deriveHealth(rule, last, null, new Date('2026-11-27T05:00:00Z')).state).toBe('overdue');
    // The same instant held in Jakarta falls due a day later.
    expect(deriveHealth(rule, lastMet('2025-11-27T01:00:00Z'), null, new Date('2026-11-27T05:00:00Z')).state).toBe('due_soon');
  });

  it('is ok until the due-soon window opens, and counts a never-met body from its creation', () => {
    const last = lastMet('2025-11-27T03:00:00Z');
    expect(deriveHealth(rule, last, null, new Date('2026-09-27T16:59:59Z')).state).toBe('ok');
    expect(deriveHealth(rule, last, null, new Date('2026-09-27T17:00:00Z')).state).toBe('due_soon');
    expect(deriveHealth(rule, null, null, new Date('2021-01-02T00:00:00Z'))).toMatchObject({ state: 'overdue', nextDueOn: '2021-01-01', lastMeetingAt: null });
  });

  it('a planned meeting coming up makes the body scheduled; no cadence makes it irregular', () => {
    const next = { id: '00000000-0000-4000-8000-000000000002', startsAt: new Date('2027-03-17T02:30:00Z') };
    expect(deriveHealth(rule, lastMet('2023-01-01T03:00:00Z'), next, new Date('2026-11-27T00:00:00Z'))).toMatchObject({ state: 'scheduled', scheduledMeetingId: next.id });
    expect(deriveHealth({ ...rule, cadenceMonths: null }, null, null).state).toBe('irregular');
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('bodies and their health over the API', () => {
  it('derives last meeting and next due from held meetings only; cancelled and planned ones do not count', async () => {
    const body = await createBody(t, { names: { en: 'Energy dialogue' }, acronym: 'ENERGY', cadenceMonths: 12 });
    const held = await createMeeting(t, body.id, { number: 1, startsAt: '2023-08-10T09:00:00+07:00', endsAt: '2023-08-10T12:00:00+07:00' });
    await moveTo(t, held.id, 'concluded');
    const cancelled = await createMeeting(t, body.id, { number: 2, startsAt: '2024-08-10T09:00:00+07:00', endsAt: '2024-08-10T12:00:00+07:00' });
    expectStatus(await t.as('staff', 'POST', `/api/meetings/${cancelled.id}/status`, { status: 'cancelled' }), 200);
    const got = expectStatus(await t.as('staff', 'GET', `/api/bodies/${body.id}`), 200);
    expect(got.health).toMatchObject({ state: 'overdue', lastMeetingId: held.id, nextDueOn: '2024-08-10', scheduledMeetingId: null });
    const planned = await createMeeting(t, body.id, { number: 3, startsAt: '2099-02-01T09:00:00+07:00', endsAt: '2099-02-01T12:00:00+07:00' });
    const after = expectStatus(await t.as('staff', 'GET', `/api/bodies/${body.id}`), 200);
    expect(after.health).toMatchObject({ state: 'scheduled', scheduledMeetingId: planned.id, nextDueOn: '2024-08-10' });
  });

  it('lists the mechanisms health view, most pressing first', async () => {
    await createBody(t, { names: { en: 'Culture ministers' }, acronym: 'CULT', cadenceMonths: null });
    const res = expectStatus(await t.as('staff', 'GET', '/api/bodies/health'), 200);
    const states = res.items.map((b: { health: { state: string } }) => b.health.state);
    expect(states).toContain('irregular');
    const order = ['overdue', 'due_soon', 'scheduled', 'ok', 'irregular'];
    expect([...states].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(states);
  });

  it('keeps the coordinator history and shows who is next in rotation', async () => {
    const body = await createBody(t, { names: { en: 'Coordinated committee' }, acronym: 'CC' });
    for (const [partyCode, fromDate, toDate] of [['ID', '2018-08-01', '2021-07-31'], ['VN', '2021-08-01', null]] as const) {
      expectStatus(await t.as('staff', 'POST', `/api/bodies/${body.id}/coordinators`, { partyCode, fromDate, toDate }), 201);
    }
    const list = expectStatus(await t.as('delegateId', 'GET', `/api/bodies/${body.id}/coordinators`), 200);
    expect(list.items.map((c: { partyCode: string }) => c.partyCode)).toEqual(['ID', 'VN']);
    expect(list.current.partyCode).toBe('VN');
    expect(list.nextPartyCode).toBe('TH');
    const got = expectStatus(await t.as('staff', 'GET', `/api/bodies/${body.id}`), 200);
    expect(got).toMatchObject({ currentCoordinator: { partyCode: 'VN' }, nextCoordinatorPartyCode: 'TH' });
    expectProblem(await t.as('staff', 'POST', `/api/bodies/${body.id}/coordinators`, { partyCode: 'ID', fromDate: '2024-01-01', toDate: '2023-01-01' }), 400, { field: 'toDate' });
  });
});

describe('work plan', () => {
  it('lines are added, changed and removed; codes are unique within a body; every change is audited', async () => {
    const body = await createBody(t, { names: { en: 'Planned body' }, acronym: 'PB' });
    const url = `/api/bodies/${body.id}/work-plan`;
    const line = expectStatus(await t.as('staff', 'POST', url, { code: 'CPA21-PS-1.3', title: 'Hold annual consultations', ownerPartyCode: 'ID', targetDate: '2026-12-31' }), 201);
    expect(line).toMatchObject({ status: 'planned', progress: 0, links: [] });
    expectProblem(await t.as('staff', 'POST', url, { code: 'CPA21-PS-1.3', title: 'Duplicate' }), 400, { code: 'work_plan.code_taken', field: 'code' });
    expectProblem(await t.as('staff', 'PATCH', `${url}/${line.id}`, { progress: 101 }), 400, { field: 'progress' });
    expectProblem(await t.as('staff', 'POST', url, { code: 'X-1', title: 'Bad owner', ownerPartyCode: 'ZZ' }), 400, { field: 'ownerPartyCode' });
    const changed = expectStatus(await t.as('staff', 'PATCH', `${url}/${line.id}`, { status: 'in_progress', progress: 40 }), 200);
    expect(changed).toMatchObject({ code: 'CPA21-PS-1.3', status: 'in_progress', progress: 40, ownerPartyCode: 'ID' });
    expectProblem(await t.as('delegateId', 'PATCH', `${url}/${line.id}`, { progress: 50 }), 403, { code: 'body.write_forbidden' });
    expect(expectStatus(await t.as('delegateId', 'GET', url), 200).items).toHaveLength(1);
    expect((await t.as('staff', 'DELETE', `${url}/${line.id}`)).statusCode).toBe(204);
    expect(expectStatus(await t.as('staff', 'GET', url), 200).items).toHaveLength(0);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.recordId, line.id))).map((e) => e.action);
    expect(actions).toEqual(['work_plan_line.create', 'work_plan_line.update', 'work_plan_line.delete']);
  });
});

describe('an overdue body notifies the staff responsible, once per overdue period', () => {
  it('notifies on the first check and stays quiet on the next days', async () => {
    const body = await createBody(t, { names: { en: 'Science and technology working group' }, acronym: 'STWG', cadenceMonths: 12, responsibleUserIds: [t.users.staff2.id] });
    const m = await createMeeting(t, body.id, { number: 5, startsAt: '2025-11-27T10:00:00+07:00', endsAt: '2025-11-27T12:00:00+07:00' });
    await moveTo(t, m.id, 'concluded');
    const mine = () => t.db.select().from(notifications).where(and(eq(notifications.userId, t.users.staff2.id), eq(notifications.recordId, body.id)));
    await t.db.transaction((tx) => runCadenceCheck(tx, new Date('2026-11-27T16:59:00Z')));
    expect(await mine()).toHaveLength(0);
    await t.db.transaction((tx) => runCadenceCheck(tx, new Date('2026-11-27T17:00:00Z')));
    await t.db.transaction((tx) => runCadenceCheck(tx, new Date('2026-11-28T17:00:00Z')));
    await t.db.transaction((tx) => runCadenceCheck(tx, new Date('2026-12-15T01:00:00Z')));
    const sent = await mine();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'meetings.body_overdue', params: { nextDueOn: '2026-11-27' } });
    const [marker] = await t.db.select().from(settings).where(like(settings.key, `%${body.id}%`));
    expect(marker.key).toContain('2026-11-27');
    const list = expectStatus(await t.as('staff2', 'GET', '/api/notifications'), 200);
    expect(list.items.map((n: { title: string }) => n.title)).toContain('Overdue to meet: Science and technology working group (STWG)');
  });
});
