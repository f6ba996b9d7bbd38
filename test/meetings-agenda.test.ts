// A meeting's agenda and minutes: ordering, sanitising, versions and corrigenda.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/server/db/schema/index.ts';
import { createBody, createMeeting, moveTo } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus, unknownId } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let body: Body;
let person: string;
beforeAll(async () => {
  t = await createTestApp();
  body = await createBody(t);
  person = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Rina Percobaan', classification: 'public' }), 201).id;
});
afterAll(async () => t?.close());

const addItem = async (meetingId: string, title: string, extra: Record<string, unknown> = {}) =>
  expectStatus(await t.as('staff', 'POST', `/api/meetings/${meetingId}/agenda-items`, { title, ...extra }), 201);
const titles = (res: Body) => res.items.map((i: { title: string }) => i.title);

describe('agenda', () => {
  it('items are added in order, reordered with the full list in one go, and removed closing the gap', async () => {
    const m = await createMeeting(t, body.id, { number: 30 });
    const a = await addItem(m.id, 'Adoption of the agenda');
    const b = await addItem(m.id, 'Review of CPA 2021–2025 implementation', { presenterPartyCode: 'ID', presenterPersonId: person, durationMinutes: 30 });
    const c = await addItem(m.id, 'ARDPFF financial report');
    expect([a.position, b.position, c.position]).toEqual([1, 2, 3]);
    expect(b.presenter).toEqual({ id: person, fullName: 'Rina Percobaan' });
    const reordered = expectStatus(await t.as('staff', 'PUT', `/api/meetings/${m.id}/agenda-items/order`, { ids: [c.id, a.id, b.id] }), 200);
    expect(titles(reordered)).toEqual(['ARDPFF financial report', 'Adoption of the agenda', 'Review of CPA 2021–2025 implementation']);
    expect(reordered.items.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
    expectProblem(await t.as('staff', 'PUT', `/api/meetings/${m.id}/agenda-items/order`, { ids: [c.id, a.id] }), 400, { code: 'agenda.order_mismatch', field: 'ids' });
    expectProblem(await t.as('staff', 'PUT', `/api/meetings/${m.id}/agenda-items/order`, { ids: [c.id, a.id, a.id] }), 400, { field: 'ids' });
    expect(await t.as('staff', 'DELETE', `/api/meetings/${m.id}/agenda-items/${c.id}`).then((r) => r.statusCode)).toBe(204);
    const after = expectStatus(await t.as('staff', 'GET', `/api/meetings/${m.id}/agenda-items`), 200);
    expect(after.items.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([[a.id, 1], [b.id, 2]]);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'agenda.reorder'), eq(auditLog.recordId, m.id)));
    expect(entry.actorId).toBe(t.users.staff.id);
  });

  it('refuses bad input with a problem naming the field', async () => {
    const m = await createMeeting(t, body.id, { number: 31 });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: '' }), 400, { field: 'title' });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: 'X', presenterPartyCode: 'ZZ' }), 400, { field: 'presenterPartyCode' });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: 'X', presenterPersonId: unknownId() }), 400, { field: 'presenterPersonId' });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: 'X', links: [{ recordType: 'meeting', recordId: unknownId() }] }), 400, { field: 'links.0.recordId' });
    expectProblem(await t.as('staff', 'PATCH', `/api/meetings/${m.id}/agenda-items/${unknownId()}`, { title: 'X' }), 404, { code: 'agenda_item.not_found' });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${unknownId()}/agenda-items`, { title: 'X' }), 404, { code: 'meeting.not_found' });
    expectProblem(await t.as('staff', 'POST', '/api/meetings/not-an-id/agenda-items', { title: 'X' }), 400, { field: 'id' });
  });
});

describe('minutes', () => {
  it('are sanitised: scripts, event handlers and unsafe links are dropped, the allowed formatting kept', async () => {
    const m = await createMeeting(t, body.id, { number: 32 });
    const item = await addItem(m.id, 'Any other business');
    const dirty =
      '<h3 style="color:red">Summary</h3><p onclick="steal()">The Committee <b>noted</b> the <i>report</i>.<script>alert(1)</script></p>' +
      '<img src=x onerror=alert(2)><a href="javascript:alert(3)">bad</a> <a href="https://asean.org" target="_blank">ASEAN</a><iframe src="https://evil.example"></iframe>';
    const saved = expectStatus(await t.as('staff', 'PUT', `/api/meetings/${m.id}/agenda-items/${item.id}/minutes`, { content: dirty, baseVersion: 0 }), 200);
    expect(saved.version).toBe(1);
    expect(saved.content).toBe('<h3>Summary</h3><p>The Committee <strong>noted</strong> the <em>report</em>.</p><a>bad</a> <a href="https://asean.org">ASEAN</a>');
    for (const bad of ['script', 'onclick', 'onerror', 'javascript:', 'iframe', 'style=', 'alert']) expect(saved.content).not.toContain(bad);
  });

  it('refuses an edit made on a stale version (409) and keeps every revision with who and when', async () => {
    const m = await createMeeting(t, body.id, { number: 33 });
    const item = await addItem(m.id, 'Preparation of the next CPA');
    const url = `/api/meetings/${m.id}/agenda-items/${item.id}/minutes`;
    expectStatus(await t.as('staff', 'PUT', url, { content: '<p>First draft.</p>', baseVersion: 0 }), 200);
    expectStatus(await t.as('staff2', 'PUT', url, { content: '<p>Second draft.</p>', baseVersion: 1 }), 200);
    const stale = expectProblem(await t.as('staff', 'PUT', url, { content: '<p>Lost edit.</p>', baseVersion: 1 }), 409, { code: 'minutes.stale_version', field: 'baseVersion' });
    expect(stale.detail).toContain('version 2');
    const revisions = expectStatus(await t.as('staff', 'GET', `${url}/revisions`), 200);
    expect(revisions.items.map((r: Body) => [r.version, r.content, r.changedBy, r.corrigendum])).toEqual([
      [2, '<p>Second draft.</p>', t.users.staff2.id, false],
      [1, '<p>First draft.</p>', t.users.staff.id, false],
    ]);
    expect(expectStatus(await t.as('staff', 'GET', url), 200)).toMatchObject({ content: '<p>Second draft.</p>', version: 2 });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'minutes.update'), eq(auditLog.recordId, item.id)));
    expect(audits).toHaveLength(2);
    expectProblem(await t.as('staff', 'PUT', url, { content: 42, baseVersion: 2 }), 400, { field: 'content' });
  });
});

describe('matters arising', () => {
  it('offers open action items and in-force decisions of earlier meetings, and carries the chosen ones over', async () => {
    const b = await createBody(t, { names: { en: 'Matters body' }, acronym: 'MB', decisionPrefix: 'MB' });
    const first = await createMeeting(t, b.id, { number: 1, startsAt: '2025-03-10T09:00:00+07:00', endsAt: '2025-03-10T12:00:00+07:00' });
    const d1 = expectStatus(await t.as('staff', 'POST', `/api/meetings/${first.id}/decisions`, { text: 'Approve project AR-10.' }), 201);
    const open1 = expectStatus(await t.as('staff', 'POST', `/api/meetings/${first.id}/action-items`, { title: 'Circulate the AR-10 budget', ownerPartyCode: 'ID', dueDate: '2025-06-01' }), 201);
    const open2 = expectStatus(await t.as('staff', 'POST', `/api/meetings/${first.id}/action-items`, { title: 'Draft the CPA outline', ownerUserId: t.users.staff.id }), 201);
    const done = expectStatus(await t.as('staff', 'POST', `/api/meetings/${first.id}/action-items`, { title: 'Book the venue', ownerUserId: t.users.staff.id, status: 'done' }), 201);
    await moveTo(t, first.id, 'record_approved');
    const next = await createMeeting(t, b.id, { number: 2, startsAt: '2026-03-10T09:00:00+07:00', endsAt: '2026-03-10T12:00:00+07:00' });
    const offered = expectStatus(await t.as('staff', 'GET', `/api/meetings/${next.id}/matters-arising`), 200);
    expect(offered.actionItems.map((i: Body) => i.id).sort()).toEqual([open1.id, open2.id].sort());
    expect(offered.actionItems.map((i: Body) => i.id)).not.toContain(done.id);
    expect(offered.decisions.map((d: Body) => d.code)).toEqual(['MB-1/D1']);
    // An earlier meeting does not offer what later ones left.
    expect(expectStatus(await t.as('staff', 'GET', `/api/meetings/${first.id}/matters-arising`), 200)).toEqual({ actionItems: [], decisions: [] });

    const agenda = expectStatus(await t.as('staff', 'POST', `/api/meetings/${next.id}/matters-arising`, { actionItemIds: [open1.id, open2.id], decisionIds: [d1.id] }), 200);
    expect(agenda.items).toHaveLength(3);
    expect(agenda.items.map((i: Body) => [i.carriedDecisionId, i.carriedActionItemId])).toEqual([[d1.id, null], [null, open1.id], [null, open2.id]]);
    expect(agenda.items[0].title).toContain('MB-1/D1');
    expect(agenda.items[1].title).toContain('Circulate the AR-10 budget');
    expect(expectStatus(await t.as('staff', 'GET', `/api/meetings/${next.id}/matters-arising`), 200)).toEqual({ actionItems: [], decisions: [] });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${next.id}/matters-arising`, { actionItemIds: [open1.id] }), 400, { code: 'matters_arising.not_offered', field: 'actionItemIds.0' });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${next.id}/matters-arising`, { decisionIds: [unknownId()] }), 400, { field: 'decisionIds.0' });
    // Closing the item at the earlier, approved meeting is still possible: progress is followed up after approval.
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/action-items/${open1.id}`, { status: 'done' }), 200).status).toBe('done');
  });
});

describe('attendance by delegation', () => {
  it('shows every member party, not recorded until recorded, and records heads and members from the directory', async () => {
    const m = await createMeeting(t, body.id, { number: 34 });
    const empty = expectStatus(await t.as('staff', 'GET', `/api/meetings/${m.id}/attendance`), 200);
    expect(empty.parties.map((p: Body) => [p.partyCode, p.status])).toEqual([['ID', 'not_recorded'], ['VN', 'not_recorded'], ['TH', 'not_recorded'], ['RU', 'not_recorded']]);
    const saved = expectStatus(
      await t.as('staff', 'PUT', `/api/meetings/${m.id}/attendance`, {
        parties: [
          { partyCode: 'ID', status: 'present', headPersonId: person, memberPersonIds: [] },
          { partyCode: 'VN', status: 'apologies' },
          { partyCode: 'RU', status: 'present' },
        ],
        others: [{ organizationId: t.sco.id, status: 'present', note: 'Observer' }],
      }),
      200,
    );
    expect(saved.parties.map((p: Body) => [p.partyCode, p.status, p.partyName])).toEqual([
      ['ID', 'present', 'Indonesia'],
      ['VN', 'apologies', 'Viet Nam'],
      ['TH', 'not_recorded', 'Thailand'],
      ['RU', 'present', 'Russian Federation'],
    ]);
    expect(saved.parties[0].head).toEqual({ id: person, fullName: 'Rina Percobaan' });
    expect(saved.others).toEqual([expect.objectContaining({ organizationId: t.sco.id, status: 'present', note: 'Observer' })]);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'attendance.update'), eq(auditLog.recordId, m.id)));
    expect(entry).toBeDefined();
  });

  it('refuses a party that is not a member, a party listed twice and unknown people, naming the field', async () => {
    const m = await createMeeting(t, body.id, { number: 35 });
    const url = `/api/meetings/${m.id}/attendance`;
    expectProblem(await t.as('staff', 'PUT', url, { parties: [{ partyCode: 'CN', status: 'present' }] }), 400, { code: 'attendance.not_a_member', field: 'parties.0.partyCode' });
    expectProblem(await t.as('staff', 'PUT', url, { parties: [{ partyCode: 'ID', status: 'present' }, { partyCode: 'ID', status: 'absent' }] }), 400, { field: 'parties.1.partyCode' });
    expectProblem(await t.as('staff', 'PUT', url, { parties: [{ partyCode: 'ID', status: 'present', memberPersonIds: [unknownId()] }] }), 400, { field: 'parties.0.memberPersonIds' });
    expectProblem(await t.as('staff', 'PUT', url, { parties: [{ partyCode: 'ID', status: 'maybe' }] }), 400, { field: 'parties.0.status' });
    expectProblem(await t.as('staff', 'PUT', url, { others: [{ organizationId: unknownId(), status: 'present' }] }), 400, { field: 'others.0.organizationId' });
  });
});
