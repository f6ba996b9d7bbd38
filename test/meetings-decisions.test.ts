// The decisions register: numbering, search, superseding, and decisions taken outside a meeting.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobs, notifications } from '../src/server/db/schema/index.ts';
import { recordExternalDecision } from '../src/server/modules/meetings/decisions.usecases.ts';
import { systemContext } from '../src/server/platform/context.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { createBody, createMeeting, moveTo } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus, unknownId } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let body: Body;
beforeAll(async () => {
  t = await createTestApp();
  body = await createBody(t);
});
afterAll(async () => t?.close());

const decide = (meetingId: string, text: string, extra: Record<string, unknown> = {}) => t.as('staff', 'POST', `/api/meetings/${meetingId}/decisions`, { text, ...extra });

describe('decisions register', () => {
  it('numbers decisions per meeting as <prefix>-<number>/D<n>', async () => {
    const m = await createMeeting(t, body.id, { number: 20 });
    const codes = [];
    for (const text of ['Approve AR-10.', 'Approve AR-18.', 'Take note of the ARDPFF report.']) codes.push(expectStatus(await decide(m.id, text), 201).code);
    expect(codes).toEqual(['JCC-20/D1', 'JCC-20/D2', 'JCC-20/D3']);
    expectProblem(await t.as('staff', 'PATCH', `/api/meetings/${m.id}`, { number: 25 }), 400, { code: 'meeting.number_fixed', field: 'number' });
    const other = await createMeeting(t, body.id, { number: 21, startsAt: '2027-03-18T09:30:00+07:00', endsAt: '2027-03-18T16:00:00+07:00' });
    expect(expectStatus(await decide(other.id, 'Approve AR-12.'), 201).code).toBe('JCC-21/D1');
  });

  it('gives distinct numbers to decisions recorded at the same moment', async () => {
    const m = await createMeeting(t, body.id, { number: 22 });
    const res = await Promise.all(Array.from({ length: 6 }, (_, i) => decide(m.id, `Concurrent decision ${i}`)));
    const codes = res.map((r) => expectStatus(r, 201).code).sort();
    expect(codes).toEqual(['JCC-22/D1', 'JCC-22/D2', 'JCC-22/D3', 'JCC-22/D4', 'JCC-22/D5', 'JCC-22/D6']);
  });

  it('is searchable across meetings by text and code, and filterable by body, meeting and status', async () => {
    const list = expectStatus(await t.as('staff', 'GET', '/api/decisions?q=ar-18'), 200);
    expect(list.items.map((d: Body) => d.code)).toEqual(['JCC-20/D2']);
    expect(expectStatus(await t.as('staff', 'GET', '/api/decisions?code=jcc-21/d1'), 200).items[0].text).toBe('Approve AR-12.');
    expect(expectStatus(await t.as('staff', 'GET', `/api/decisions?bodyId=${body.id}&limit=4`), 200)).toMatchObject({ total: 10, nextCursor: expect.any(String) });
    const hits = expectStatus(await t.as('staff', 'GET', '/api/search?q=JCC-20%2FD2'), 200);
    expect(hits.items.find((h: Body) => h.recordType === 'decision')).toMatchObject({ path: expect.stringMatching(/^\/decisions\//) });
    expectProblem(await t.as('staff', 'GET', '/api/decisions?status=void'), 400, { field: 'status' });
  });

  it('a new decision can supersede an in-force one of the same body; both are linked', async () => {
    const m1 = await createMeeting(t, body.id, { number: 23 });
    const old = expectStatus(await decide(m1.id, 'Meet twice a year.'), 201);
    const m2 = await createMeeting(t, body.id, { number: 24 });
    const repl = expectStatus(await decide(m2.id, 'Meet once a year.', { supersedesId: old.id }), 201);
    expect(repl.links).toEqual([{ recordType: 'decision', recordId: old.id }]);
    expect(expectStatus(await t.as('staff', 'GET', `/api/decisions/${old.id}`), 200)).toMatchObject({ status: 'superseded', supersededById: repl.id });
    expectProblem(await decide(m2.id, 'Again.', { supersedesId: old.id }), 400, { code: 'decision.not_in_force', field: 'supersedesId' });
    const otherBody = await createBody(t, { names: { en: 'Other' }, acronym: 'OTH', decisionPrefix: null });
    const m3 = await createMeeting(t, otherBody.id, { number: 1 });
    expectProblem(await decide(m3.id, 'Cross-body.', { supersedesId: repl.id }), 400, { field: 'supersedesId' });
    expect(expectStatus(await decide(m3.id, 'Prefix from the acronym.'), 201).code).toBe('OTH-1/D1');
  });

  it('a decision taken outside a meeting is recorded under the next planned meeting of the body', async () => {
    const b = await createBody(t, { names: { en: 'Silence body' }, acronym: 'SIL', decisionPrefix: 'SIL' });
    const past = await createMeeting(t, b.id, { number: 1, startsAt: '2025-01-10T09:00:00+07:00', endsAt: '2025-01-10T12:00:00+07:00' });
    await moveTo(t, past.id, 'concluded');
    const next = await createMeeting(t, b.id, { number: 2, startsAt: '2099-01-10T09:00:00+07:00', endsAt: '2099-01-10T12:00:00+07:00' });
    const source = { recordType: 'consultation', recordId: unknownId() };
    const rec = await t.db.transaction((tx) => recordExternalDecision(tx, systemContext('test'), { bodyId: b.id, text: 'Adopted by silence procedure.', source }));
    expect(rec).toMatchObject({ meetingId: next.id, code: 'SIL-2/D1' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/decisions/${rec.id}`), 200).source).toEqual(source);
  });
});

describe('approval locks the record', () => {
  it('only the head of mission approves, and only a concluded meeting', async () => {
    const m = await createMeeting(t, body.id, { number: 40 });
    expectProblem(await t.as('head', 'POST', `/api/meetings/${m.id}/status`, { status: 'record_approved' }), 409, { code: 'meeting.transition_not_allowed', field: 'status' });
    await moveTo(t, m.id, 'concluded');
    const staffView = expectStatus(await t.as('staff', 'GET', `/api/meetings/${m.id}`), 200);
    expect(staffView.nextStatuses).toEqual([]);
    expect(expectStatus(await t.as('head', 'GET', `/api/meetings/${m.id}`), 200).nextStatuses).toEqual(['record_approved']);
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/status`, { status: 'record_approved' }), 403, { code: 'meeting.approve_forbidden' });
    expectProblem(await t.as('admin', 'POST', `/api/meetings/${m.id}/status`, { status: 'record_approved' }), 403);
    const approved = expectStatus(await t.as('head', 'POST', `/api/meetings/${m.id}/status`, { status: 'record_approved' }), 200);
    expect(approved).toMatchObject({ status: 'record_approved', locked: true, approvedBy: t.users.head.id });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'meeting.approve_record'), eq(auditLog.recordId, m.id)));
    expect(entry.actorId).toBe(t.users.head.id);
  });

  it('refuses changes to agenda, attendance, minutes, decisions and action items (409) but accepts a recorded corrigendum', async () => {
    const m = await createMeeting(t, body.id, { number: 41 });
    const item = expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: 'Review' }), 201);
    const minutesUrl = `/api/meetings/${m.id}/agenda-items/${item.id}/minutes`;
    expectStatus(await t.as('staff', 'PUT', minutesUrl, { content: '<p>The Committee noted the report.</p>', baseVersion: 0 }), 200);
    const d = expectStatus(await decide(m.id, 'Approve AR-10.', { agendaItemId: item.id }), 201);
    const a = expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/action-items`, { title: 'Report back', ownerPartyCode: 'ID', dueDate: '2099-05-01' }), 201);
    await moveTo(t, m.id, 'record_approved');
    const locked = { code: 'meeting.record_locked' };
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: 'Late item' }), 409, locked);
    expectProblem(await t.as('staff', 'PATCH', `/api/meetings/${m.id}/agenda-items/${item.id}`, { title: 'Renamed' }), 409, locked);
    expectProblem(await t.as('staff', 'DELETE', `/api/meetings/${m.id}/agenda-items/${item.id}`), 409, locked);
    expectProblem(await t.as('staff', 'PUT', `/api/meetings/${m.id}/agenda-items/order`, { ids: [item.id] }), 409, locked);
    expectProblem(await t.as('staff', 'PUT', `/api/meetings/${m.id}/attendance`, { parties: [{ partyCode: 'ID', status: 'present' }] }), 409, locked);
    expectProblem(await t.as('staff', 'PUT', minutesUrl, { content: '<p>Rewritten.</p>', baseVersion: 1 }), 409, locked);
    expectProblem(await decide(m.id, 'Late decision.'), 409, locked);
    expectProblem(await t.as('staff', 'PATCH', `/api/decisions/${d.id}`, { text: 'Changed.' }), 409, locked);
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/action-items`, { title: 'Late', ownerPartyCode: 'ID' }), 409, locked);
    expectProblem(await t.as('staff', 'PATCH', `/api/action-items/${a.id}`, { title: 'Changed' }), 409, locked);
    expectProblem(await t.as('staff', 'PATCH', `/api/meetings/${m.id}`, { venue: 'Elsewhere' }), 409, locked);
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/matters-arising`, { actionItemIds: [] }), 409, locked);
    // Who may see an approved record can still change.
    // (A form sending the unchanged facts back is not refused.)
    expectStatus(await t.as('staff', 'PATCH', `/api/meetings/${m.id}`, { venue: 'ASEAN Secretariat, Jakarta', startsAt: '2026-03-18T02:30:00.000Z', classification: 'shared', sharedWith: { parties: ['ID'] } }), 200);
    expectStatus(await t.as('staff', 'PATCH', `/api/action-items/${a.id}`, { title: 'Report back', status: 'done' }), 200);

    expectProblem(await t.as('staff', 'POST', `${minutesUrl}/corrigendum`, { content: '<p>x</p>', baseVersion: 1 }), 400, { field: 'reason' });
    const fixed = expectStatus(await t.as('staff', 'POST', `${minutesUrl}/corrigendum`, { content: '<p>The Committee noted the revised report.</p>', baseVersion: 1, reason: 'Wrong document cited' }), 200);
    expect(fixed).toMatchObject({ version: 2, content: '<p>The Committee noted the revised report.</p>' });
    const [latest] = expectStatus(await t.as('staff', 'GET', `${minutesUrl}/revisions`), 200).items;
    expect(latest).toMatchObject({ version: 2, corrigendum: true, reason: 'Wrong document cited', changedBy: t.users.staff.id });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'minutes.corrigendum'), eq(auditLog.recordId, item.id)));
    expect(entry.changes).toMatchObject({ reason: { after: 'Wrong document cited' } });
    // A draft record is corrected by editing it, not by corrigendum.
    const draft = await createMeeting(t, body.id, { number: 42 });
    const draftItem = expectStatus(await t.as('staff', 'POST', `/api/meetings/${draft.id}/agenda-items`, { title: 'Item' }), 201);
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${draft.id}/agenda-items/${draftItem.id}/minutes/corrigendum`, { content: 'x', baseVersion: 0, reason: 'r' }), 409, { code: 'meeting.record_not_approved' });
  });

  it('a cancelled meeting cannot be convened, and statuses move one step at a time', async () => {
    const m = await createMeeting(t, body.id, { number: 43 });
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/status`, { status: 'concluded' }), 409, { code: 'meeting.transition_not_allowed' });
    expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/status`, { status: 'cancelled' }), 200);
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/status`, { status: 'convened' }), 409);
    expectProblem(await t.as('staff', 'POST', `/api/meetings/${m.id}/status`, { status: 'adjourned' }), 400, { field: 'status' });
  });
});

describe('action items', () => {
  it('need an owner, and refuse unknown owners naming the field', async () => {
    const m = await createMeeting(t, body.id, { number: 50 });
    const url = `/api/meetings/${m.id}/action-items`;
    expectProblem(await t.as('staff', 'POST', url, { title: 'Nobody owns this' }), 400, { code: 'action_item.owner_required' });
    expectProblem(await t.as('staff', 'POST', url, { title: 'X', ownerUserId: t.users.delegateId.id }), 400, { field: 'ownerUserId' });
    expectProblem(await t.as('staff', 'POST', url, { title: 'X', ownerPartyCode: 'ID', dueDate: '2026-13-01' }), 400, { field: 'dueDate' });
    expectProblem(await t.as('staff', 'POST', url, { title: 'X', ownerOrganizationId: unknownId() }), 400, { field: 'ownerOrganizationId' });
  });

  it('mine: a delegate sees their party’s items, staff their own; overdue is derived from the due date', async () => {
    const m = await createMeeting(t, body.id, { number: 51, classification: 'shared', sharedWith: { parties: ['ID', 'VN'] } });
    const url = `/api/meetings/${m.id}/action-items`;
    const late = expectStatus(await t.as('staff', 'POST', url, { title: 'Send the nominations', ownerPartyCode: 'ID', dueDate: '2020-01-01' }), 201);
    const mine = expectStatus(await t.as('staff', 'POST', url, { title: 'Prepare the briefing', ownerUserId: t.users.staff2.id, dueDate: '2099-01-01' }), 201);
    expectStatus(await t.as('staff', 'POST', url, { title: 'Viet Nam to host', ownerPartyCode: 'VN' }), 201);
    expect(late.overdue).toBe(true);
    expect(mine.overdue).toBe(false);
    const forId = expectStatus(await t.as('delegateId', 'GET', `/api/action-items?mine=true&bodyId=${body.id}&meetingId=${m.id}`), 200);
    expect(forId.items.map((i: Body) => i.id)).toEqual([late.id]);
    expect(expectStatus(await t.as('staff2', 'GET', '/api/action-items?mine=true'), 200).items.map((i: Body) => i.id)).toEqual([mine.id]);
    const overdue = expectStatus(await t.as('staff', 'GET', `/api/action-items?overdue=true&meetingId=${m.id}`), 200);
    expect(overdue.items.map((i: Body) => i.id)).toEqual([late.id]);
    expectStatus(await t.as('staff', 'PATCH', `/api/action-items/${late.id}`, { status: 'done' }), 200);
    expect(expectStatus(await t.as('staff', 'GET', `/api/action-items?overdue=true&meetingId=${m.id}`), 200).total).toBe(0);
  });

  it('remind the owner two days before the due date; the reminder moves with the due date and goes when the item is done', async () => {
    const m = await createMeeting(t, body.id, { number: 52, classification: 'shared', sharedWith: { parties: ['ID'] } });
    const item = expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/action-items`, { title: 'Submit the concept note', ownerPartyCode: 'ID', ownerUserId: t.users.staff2.id, dueDate: '2099-05-10' }), 201);
    const key = `action_item.reminder:${item.id}`;
    const live = () => t.db.select().from(jobs).where(and(eq(jobs.key, key), eq(jobs.status, 'pending')));
    expect((await live())[0].runAt.toISOString()).toBe('2099-05-08T02:00:00.000Z');
    expectStatus(await t.as('staff', 'PATCH', `/api/action-items/${item.id}`, { dueDate: '2099-06-20' }), 200);
    const moved = await live();
    expect(moved).toHaveLength(1);
    expect(moved[0].runAt.toISOString()).toBe('2099-06-18T02:00:00.000Z');
    await new JobWorker(t.deps).runDue(new Date('2099-06-18T02:00:01Z'));
    const sent = await t.db.select().from(notifications).where(eq(notifications.recordId, item.id));
    expect(sent.map((n) => n.userId).sort()).toEqual([t.users.delegateId.id, t.users.staff2.id].sort());
    expect(sent[0]).toMatchObject({ kind: 'meetings.action_item_due', params: { dueDate: '2099-06-20', title: 'Submit the concept note' } });
    expectStatus(await t.as('staff', 'PATCH', `/api/action-items/${item.id}`, { dueDate: '2099-07-20' }), 200);
    expect(await live()).toHaveLength(1);
    expectStatus(await t.as('staff', 'PATCH', `/api/action-items/${item.id}`, { status: 'dropped' }), 200);
    expect(await live()).toHaveLength(0);
  });
});
