// A delegate sees the meetings shared with their party, and only those, everywhere they appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBody, createMeeting } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
const m: Record<'forId' | 'forVn' | 'mission' | 'restricted', Body> = {} as never;
let body: Body;
let hiddenBody: Body;
let underHidden: Body;
beforeAll(async () => {
  t = await createTestApp();
  body = await createBody(t, { names: { en: 'Visible committee' }, acronym: 'VIS', decisionPrefix: 'VIS' });
  const at = (n: number) => ({ number: n, startsAt: `2026-0${n}-10T09:00:00+07:00`, endsAt: `2026-0${n}-10T12:00:00+07:00` });
  m.forId = await createMeeting(t, body.id, { ...at(1), title: 'Zebra session shared with Indonesia', classification: 'shared', sharedWith: { parties: ['ID'] } });
  m.forVn = await createMeeting(t, body.id, { ...at(2), title: 'Zebra session shared with Viet Nam', classification: 'shared', sharedWith: { parties: ['VN'] } });
  m.mission = await createMeeting(t, body.id, { ...at(3), title: 'Zebra internal session' });
  m.restricted = await createMeeting(t, body.id, { ...at(4), title: 'Zebra restricted session', classification: 'restricted', restrictedTo: [t.users.staff.id] });
  for (const [key, meeting] of Object.entries(m)) {
    expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/decisions`, { text: `Decision of the ${key} meeting.` }), 201);
    expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/action-items`, { title: `Action of the ${key} meeting`, ownerPartyCode: 'ID' }), 201);
  }
  hiddenBody = await createBody(t, { names: { en: 'Internal mechanism' }, acronym: 'INT', classification: 'mission' });
  underHidden = await createMeeting(t, hiddenBody.id, { number: 1, title: 'Shared meeting of an internal mechanism', classification: 'shared', sharedWith: { parties: ['ID'] } });
});
afterAll(async () => t?.close());

const ids = (res: Body) => res.items.map((i: Body) => i.id);
const list = async (who: Who, url: string) => ids(expectStatus(await t.as(who, 'GET', url), 200));

describe('a delegate sees the meetings shared with their party, and only those', () => {
  it('in the list, the detail and each part of the record', async () => {
    expect(await list('delegateId', `/api/meetings?bodyId=${body.id}`)).toEqual([m.forId.id]);
    expect(expectStatus(await t.as('delegateId', 'GET', `/api/meetings?bodyId=${body.id}`), 200).total).toBe(1);
    expect(await list('delegateVn', `/api/meetings?bodyId=${body.id}`)).toEqual([m.forVn.id]);
    expect(await list('anonymous', `/api/meetings?bodyId=${body.id}`)).toEqual([]);
    expectStatus(await t.as('delegateId', 'GET', `/api/meetings/${m.forId.id}`), 200);
    for (const hidden of [m.forVn, m.mission, m.restricted]) {
      for (const part of ['', '/agenda-items', '/attendance', '/decisions', '/action-items', '/matters-arising', '/export.docx', '/export.pdf']) {
        expectProblem(await t.as('delegateId', 'GET', `/api/meetings/${hidden.id}${part}`), 404, { code: 'meeting.not_found' });
      }
    }
  });

  it('in the decisions register, action items, search and the calendar', async () => {
    const decisions = expectStatus(await t.as('delegateId', 'GET', `/api/decisions?bodyId=${body.id}`), 200);
    expect(decisions.items.map((d: Body) => d.text)).toEqual(['Decision of the forId meeting.']);
    expect(decisions.total).toBe(1);
    const items = expectStatus(await t.as('delegateId', 'GET', '/api/action-items?mine=true'), 200);
    expect(items.items.map((i: Body) => i.title).sort()).toEqual(['Action of the forId meeting']);
    const hits = expectStatus(await t.as('delegateId', 'GET', '/api/search?q=zebra&types=meeting'), 200);
    expect(hits.items.map((h: Body) => h.recordId)).toEqual([m.forId.id]);
    const cal = expectStatus(await t.as('delegateId', 'GET', '/api/calendar?from=2026-01-01&to=2026-12-31&modules=meetings'), 200);
    expect(cal.items.map((i: Body) => i.recordId)).toContain(m.forId.id);
    expect(cal.items.map((i: Body) => i.recordId)).not.toContain(m.forVn.id);
    expect(cal.items.find((i: Body) => i.recordId === m.forId.id)).toMatchObject({ timeZone: 'Asia/Jakarta', groupKey: body.id, url: `/meetings/${m.forId.id}`, status: 'tentative' });
  });

  it('a body’s health is derived from the meetings the user may see', async () => {
    for (const meeting of [m.forId, m.mission]) {
      for (const status of ['convened', 'concluded']) expectStatus(await t.as('staff', 'POST', `/api/meetings/${meeting.id}/status`, { status }), 200);
    }
    expect(expectStatus(await t.as('staff', 'GET', `/api/bodies/${body.id}`), 200).health.lastMeetingId).toBe(m.mission.id);
    expect(expectStatus(await t.as('delegateId', 'GET', `/api/bodies/${body.id}`), 200).health.lastMeetingId).toBe(m.forId.id);
    expect(expectStatus(await t.as('delegateVn', 'GET', `/api/bodies/${body.id}`), 200).health.lastMeetingId).toBeNull();
  });

  it('a meeting of a body hidden from the delegate does not reveal the body', async () => {
    const got = expectStatus(await t.as('delegateId', 'GET', `/api/meetings/${underHidden.id}`), 200);
    expect(got).toMatchObject({ bodyId: null, body: null });
    expectProblem(await t.as('delegateId', 'GET', `/api/bodies/${hiddenBody.id}`), 404, { code: 'body.not_found' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/meetings/${underHidden.id}`), 200).body.id).toBe(hiddenBody.id);
  });

  it('is told when a meeting is shared with their party', async () => {
    const notes = expectStatus(await t.as('delegateId', 'GET', '/api/notifications'), 200);
    expect(notes.items.map((n: Body) => n.title)).toContain('Meeting shared with you: Zebra session shared with Indonesia');
    const vn = expectStatus(await t.as('delegateVn', 'GET', '/api/notifications'), 200);
    expect(vn.items.map((n: Body) => n.title)).not.toContain('Meeting shared with you: Zebra session shared with Indonesia');
  });
});

describe('writing is for the mission', () => {
  it('a delegate gets 403 on a meeting shared with them and 404 on one that is not; anonymous callers 401', async () => {
    const writes = (id: string) =>
      [
        ['POST', `/api/meetings/${id}/agenda-items`, { title: 'Delegate item' }],
        ['POST', `/api/meetings/${id}/decisions`, { text: 'Delegate decision' }],
        ['PUT', `/api/meetings/${id}/attendance`, { parties: [] }],
        ['PATCH', `/api/meetings/${id}`, { title: 'Renamed' }],
        ['POST', `/api/meetings/${id}/status`, { status: 'cancelled' }],
      ] as const;
    for (const [method, url, payload] of writes(m.forId.id)) expectProblem(await t.as('delegateId', method, url, payload), 403, { code: 'meeting.write_forbidden' });
    for (const [method, url, payload] of writes(m.forVn.id)) expectProblem(await t.as('delegateId', method, url, payload), 404, { code: 'meeting.not_found' });
    for (const [method, url, payload] of writes(m.forId.id)) expectProblem(await t.as('anonymous', method, url, payload), 401);
    expectProblem(await t.as('delegateId', 'POST', '/api/bodies', { names: { en: 'Delegate body' }, kind: 'other', classification: 'shared', sharedWith: { parties: ['ID'] } }), 403, { code: 'body.create_forbidden' });
    expectProblem(await t.as('delegateId', 'PATCH', `/api/bodies/${body.id}`, { names: { en: 'Renamed' } }), 403, { code: 'body.write_forbidden' });
    expectProblem(await t.as('delegateId', 'POST', '/api/meetings', { bodyId: body.id, title: 'X', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-01-01T01:00:00Z', classification: 'shared', sharedWith: { parties: ['ID'] } }), 403, { code: 'meeting.create_forbidden' });
  });

  it('a restricted meeting is open only to the staff named and the head', async () => {
    expectStatus(await t.as('staff', 'GET', `/api/meetings/${m.restricted.id}`), 200);
    expectStatus(await t.as('head', 'GET', `/api/meetings/${m.restricted.id}`), 200);
    expectProblem(await t.as('staff2', 'GET', `/api/meetings/${m.restricted.id}`), 404);
    expect(await list('staff2', `/api/decisions?meetingId=${m.restricted.id}`)).toEqual([]);
  });
});

describe('input is checked, and bad input gets a 400 naming the field', () => {
  it('for bodies', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/bodies', { names: { en: '' }, kind: 'committee' }), 400, { field: 'names.en' });
    expectProblem(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'X' }, kind: 'other', memberParties: ['ZZ'] }), 400, { field: 'memberParties' });
    expectProblem(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'X' }, kind: 'other', memberParties: ['ID'], rotationOrder: ['VN'] }), 400, { field: 'rotationOrder' });
    expectProblem(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'X' }, kind: 'other', cadenceMonths: 0 }), 400, { field: 'cadenceMonths' });
    expectProblem(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'X' }, kind: 'other', dacCodes: ['2311'] }), 400, { field: 'dacCodes.0' });
    expectProblem(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'X' }, kind: 'other', responsibleUserIds: [t.users.delegateId.id] }), 400, { field: 'responsibleUserIds' });
    expectProblem(await t.as('staff', 'PATCH', `/api/bodies/${body.id}`, { parentId: body.id }), 400, { code: 'body.parent_cycle' });
  });

  it('never answers a malformed request with a server error', async () => {
    const item = expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.mission.id}/agenda-items`, { title: 'Item' }), 201);
    const targets: [string, string][] = [
      ['POST', '/api/bodies'],
      ['PATCH', `/api/bodies/${body.id}`],
      ['POST', `/api/bodies/${body.id}/coordinators`],
      ['POST', `/api/bodies/${body.id}/work-plan`],
      ['POST', '/api/meetings'],
      ['PATCH', `/api/meetings/${m.mission.id}`],
      ['POST', `/api/meetings/${m.mission.id}/status`],
      ['POST', `/api/meetings/${m.mission.id}/agenda-items`],
      ['PUT', `/api/meetings/${m.mission.id}/agenda-items/order`],
      ['PATCH', `/api/meetings/${m.mission.id}/agenda-items/${item.id}`],
      ['PUT', `/api/meetings/${m.mission.id}/agenda-items/${item.id}/minutes`],
      ['PUT', `/api/meetings/${m.mission.id}/attendance`],
      ['POST', `/api/meetings/${m.mission.id}/matters-arising`],
      ['POST', `/api/meetings/${m.mission.id}/decisions`],
      ['POST', `/api/meetings/${m.mission.id}/action-items`],
    ];
    const payloads = [null, [], 'text', { title: { nested: true } }, { ids: ['not-a-uuid'] }, { parties: [{ partyCode: 'id', status: 'present' }] }, { startsAt: '2026-02-30T25:00:00Z' }, { text: 'x'.repeat(30_000) }];
    for (const [method, url] of targets) {
      for (const payload of payloads) {
        const res = await t.as('staff', method as 'POST', url, payload);
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload).slice(0, 60)}: ${res.body}`).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
    for (const q of ['limit=0', 'cursor=abc', 'sort=nonsense']) {
      for (const path of ['/api/meetings', '/api/decisions', '/api/action-items', '/api/bodies']) {
        expect((await t.as('staff', 'GET', `${path}?${q}`)).statusCode, `${path}?${q}`).toBe(400);
      }
    }
    for (const url of ['/api/meetings?from=yesterday', '/api/meetings?status=maybe', '/api/decisions?status=maybe', '/api/action-items?overdue=perhaps', '/api/bodies?kind=club']) {
      expect((await t.as('staff', 'GET', url)).statusCode, url).toBe(400);
    }
  });

  it('for meetings', async () => {
    const base = { bodyId: body.id, title: 'Bad meeting', startsAt: '2026-05-01T10:00:00+07:00', endsAt: '2026-05-01T12:00:00+07:00' };
    expectProblem(await t.as('staff', 'POST', '/api/meetings', { ...base, endsAt: '2026-05-01T09:00:00+07:00' }), 400, { field: 'endsAt' });
    expectProblem(await t.as('staff', 'POST', '/api/meetings', { ...base, timeZone: 'Mars/Olympus' }), 400, { field: 'timeZone' });
    expectProblem(await t.as('staff', 'POST', '/api/meetings', { ...base, startsAt: '1 May 2026' }), 400, { field: 'startsAt' });
    expectProblem(await t.as('staff', 'POST', '/api/meetings', { ...base, number: 1 }), 400, { code: 'meeting.number_taken', field: 'number' });
  });
});
