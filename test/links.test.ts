// Record links through the API: both ends checked on write, both ends visible on read, every change audited.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, recordLinks } from '../src/server/db/schema/index.ts';
import { circulate, createConsultation } from './consultations-fixtures.ts';
import { multipartBody } from './fixtures/documents.ts';
import { createBody, createMeeting } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus, unknownId, walkList, withoutInstance } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
let body: Body;
/** Circulated to Viet Nam only: hidden from Indonesia's delegate. */
let forVietNam: Body;
/** Circulated to Indonesia. */
let forIndonesia: Body;
/** An organisation restricted to one member of staff: hidden from the other. */
let restricted: Body;
let meetingNo = 100;

beforeAll(async () => {
  t = await createTestApp();
  body = await createBody(t);
  forVietNam = await createConsultation(t, { title: 'Draft statement for Viet Nam', distribution: { parties: ['VN'], organizations: [] } });
  await circulate(t, forVietNam.id);
  forIndonesia = await createConsultation(t, { title: 'Draft statement for Indonesia', distribution: { parties: ['ID'], organizations: [] } });
  await circulate(t, forIndonesia.id);
  restricted = expectStatus(
    await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Working group on gifts' }, kind: 'other', classification: 'restricted', restrictedTo: [t.users.staff.id] }),
    201,
  );
}, 120_000);
afterAll(async () => t?.close());

/** A meeting shared with Indonesia. */
const sharedMeeting = () => createMeeting(t, body.id, { number: meetingNo++, classification: 'shared', sharedWith: { parties: ['ID'] } });
const ref = (recordType: string, r: Body) => ({ recordType, recordId: r.id });
const link = (who: Who, from: object, to: object) => t.as(who, 'POST', '/api/links', { from, to });
const linksOf = (who: Who, recordType: string, recordId: string, extra = '') => t.as(who, 'GET', `/api/links?recordType=${recordType}&recordId=${recordId}${extra}`);
const auditOf = (recordId: string, action: string) => t.db.select().from(auditLog).where(and(eq(auditLog.recordId, recordId), eq(auditLog.action, action)));
const linkCount = async () => Number((await t.db.select({ n: count() }).from(recordLinks))[0].n);

describe('linking two records', () => {
  it('staff link a meeting to a consultation: both list the link with the other’s title and page, and the change is audited', async () => {
    const m = await sharedMeeting();
    const added = expectStatus(await link('staff', ref('meeting', m), ref('consultation', forVietNam)), 201);
    expect(added).toMatchObject({
      kind: 'related',
      direction: 'outgoing',
      record: { recordType: 'consultation', recordId: forVietNam.id, title: 'Draft statement for Viet Nam', path: `/consultations/${forVietNam.id}` },
      abilities: { remove: true },
    });

    const fromMeeting = expectStatus(await linksOf('staff', 'meeting', m.id), 200);
    expect(fromMeeting).toMatchObject({ total: 1, nextCursor: null, abilities: { link: true } });
    expect(fromMeeting.items.map((l: Body) => l.id)).toEqual([added.id]);
    const fromConsultation = expectStatus(await linksOf('staff', 'consultation', forVietNam.id), 200);
    expect(fromConsultation.items).toContainEqual(
      expect.objectContaining({ id: added.id, direction: 'incoming', record: { recordType: 'meeting', recordId: m.id, title: m.title, titleRu: null, path: `/meetings/${m.id}` } }),
    );

    const [entry] = await auditOf(m.id, 'meeting.link');
    expect(entry).toMatchObject({ recordType: 'meeting', actorId: t.users.staff.id });
    expect(entry.changes).toEqual({ link: { after: { id: added.id, kind: 'related', recordType: 'consultation', recordId: forVietNam.id } } });
    expectProblem(await link('staff', ref('meeting', m), ref('consultation', forVietNam)), 409, { code: 'record_link.exists' });
  });

  it('refuses a link to a record that does not exist, of a type Chancery does not keep, or to the record itself, naming the field', async () => {
    const m = await sharedMeeting();
    const before = await linkCount();
    expectProblem(await link('staff', ref('meeting', m), { recordType: 'consultation', recordId: unknownId() }), 400, { code: 'record_link.unknown_record', field: 'to.recordId' });
    expectProblem(await link('staff', ref('meeting', m), { recordType: 'spaceship', recordId: unknownId() }), 400, { code: 'record_link.unknown_record_type', field: 'to.recordType' });
    expectProblem(await link('staff', ref('meeting', m), ref('meeting', m)), 400, { code: 'record_link.to_itself', field: 'to.recordId' });
    expectProblem(await link('staff', { recordType: 'meeting', recordId: unknownId() }, ref('meeting', m)), 400, { field: 'from.recordId' });
    expectProblem(await link('staff', ref('meeting', m), { recordType: 'consultation', recordId: 'not-an-id' }), 400, { field: 'to.recordId' });
    expect(await linkCount()).toBe(before);
  });
});

describe('every kind of record', () => {
  it('can be linked, and is listed with its title and the page it opens on', async () => {
    const m = await sharedMeeting();
    const post = async (url: string, payload: object) => expectStatus(await t.as('staff', 'POST', url, payload), 201);
    const person = await post('/api/people', { fullName: 'Rina Percobaan', nameRu: 'Рина Перкобаан' });
    const party = expectStatus(await t.as('staff', 'GET', '/api/parties?q=indonesia'), 200).items[0];
    const delegation = await post('/api/delegations', { partyCode: 'ID', names: { en: 'Delegation of Indonesia' } });
    const decision = await post(`/api/meetings/${m.id}/decisions`, { text: 'Adopt the work plan.' });
    const item = await post(`/api/meetings/${m.id}/agenda-items`, { title: 'Work plan' });
    const action = await post(`/api/meetings/${m.id}/action-items`, { title: 'Circulate the work plan', ownerPartyCode: 'ID' });
    const line = await post(`/api/bodies/${body.id}/work-plan`, { code: `W-${m.number}`, title: 'Disaster drills' });
    const { payload, contentType } = await multipartBody({ title: 'Annotated draft', recordType: 'consultation', recordId: forIndonesia.id }, { name: 'draft.txt', content: 'Draft\n' });
    const doc = expectStatus(await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { 'content-type': contentType, cookie: t.users.staff.cookie } }), 201);
    const expected = [
      ['organization', restricted.id, 'Working group on gifts', null, `/organizations/${restricted.id}`],
      ['person', person.id, 'Rina Percobaan', 'Рина Перкобаан', `/people/${person.id}`],
      ['party', party.id, 'Indonesia', null, `/parties/${party.id}`],
      ['delegation', delegation.id, 'Delegation of Indonesia', null, `/delegations/${delegation.id}`],
      ['body', body.id, body.names.en, null, `/bodies/${body.id}`],
      ['decision', decision.id, `${decision.code} Adopt the work plan.`, null, `/decisions/${decision.id}`],
      ['agenda_item', item.id, 'Work plan', null, `/meetings/${m.id}?tab=agenda`],
      ['action_item', action.id, 'Circulate the work plan', null, `/action-items/${action.id}`],
      ['work_plan_line', line.id, `W-${m.number} Disaster drills`, null, `/bodies/${body.id}`],
      ['consultation', forIndonesia.id, 'Draft statement for Indonesia', null, `/consultations/${forIndonesia.id}`],
      ['document', doc.id, 'Annotated draft', null, `/documents/${doc.id}`],
    ];
    for (const [type, id] of expected) expectStatus(await link('staff', ref('meeting', m), { recordType: type, recordId: id }), 201);
    const listed = expectStatus(await linksOf('staff', 'meeting', m.id, '&limit=100'), 200);
    expect(listed.items.map((l: Body) => [l.record.recordType, l.record.recordId, l.record.title, l.record.titleRu, l.record.path]).sort()).toEqual(expected.sort());
    // Indonesia's delegate sees the meeting and what is shared with Indonesia or public, not the mission's own records.
    const seen = expectStatus(await linksOf('delegateId', 'meeting', m.id, '&limit=100'), 200).items.map((l: Body) => l.record.recordType);
    expect(seen.sort()).toEqual(['action_item', 'agenda_item', 'body', 'consultation', 'decision', 'document', 'party', 'work_plan_line']);
  });
});

describe('a link is as hidden as either of its ends', () => {
  it('a delegate sees a meeting shared with them but not its link to a consultation they are not on, in the list or the count', async () => {
    const m = await sharedMeeting();
    const hidden = expectStatus(await link('staff', ref('meeting', m), ref('consultation', forVietNam)), 201);
    const visible = expectStatus(await link('staff', ref('meeting', m), ref('consultation', forIndonesia)), 201);

    const staffView = await walkList(t, 'staff', `/api/links?recordType=meeting&recordId=${m.id}`, 1);
    expect(staffView.ids.sort()).toEqual([hidden.id, visible.id].sort());
    expect(staffView.totals).toEqual([2, 2]);

    const delegateView = expectStatus(await linksOf('delegateId', 'meeting', m.id, '&limit=1'), 200);
    expect(delegateView).toMatchObject({ total: 1, nextCursor: null, abilities: { link: false } });
    expect(delegateView.items.map((l: Body) => l.id)).toEqual([visible.id]);
    expect(delegateView.items[0].abilities).toEqual({ remove: false });
    expect(JSON.stringify(delegateView)).not.toContain(forVietNam.id);

    // Viet Nam's delegate sees the consultation but not the meeting: nothing links to it for them.
    expect(expectStatus(await linksOf('delegateVn', 'consultation', forVietNam.id), 200)).toMatchObject({ items: [], total: 0 });
  });

  it('answers about a hidden record or link exactly as about one that does not exist', async () => {
    const m = await sharedMeeting();
    const hidden = expectStatus(await link('staff', ref('meeting', m), ref('consultation', forVietNam)), 201);
    const same = async (who: Who, a: Promise<Awaited<ReturnType<typeof t.as>>>, b: Promise<Awaited<ReturnType<typeof t.as>>>, status: number) => {
      const [x, y] = await Promise.all([a, b]);
      expect(withoutInstance(expectProblem(x, status)), who).toEqual(withoutInstance(expectProblem(y, status)));
    };
    await same('delegateId', t.as('delegateId', 'DELETE', `/api/links/${hidden.id}`), t.as('delegateId', 'DELETE', `/api/links/${unknownId()}`), 404);
    await same('delegateId', linksOf('delegateId', 'consultation', forVietNam.id), linksOf('delegateId', 'consultation', unknownId()), 404);
    await same('delegateVn', linksOf('delegateVn', 'meeting', m.id), linksOf('delegateVn', 'meeting', unknownId()), 404);
    await same(
      'staff2',
      link('staff2', ref('meeting', m), ref('organization', restricted)),
      link('staff2', ref('meeting', m), { recordType: 'organization', recordId: unknownId() }),
      400,
    );
    // Seen but not the delegate's to change.
    expectProblem(await link('delegateId', ref('meeting', m), ref('consultation', forIndonesia)), 403, { code: 'record_link.forbidden' });
    expect(expectStatus(await linksOf('staff', 'meeting', m.id), 200).total).toBe(1);
  });

  it('removing a link needs the right to change the record it starts from, and is audited', async () => {
    const m = await sharedMeeting();
    const l = expectStatus(await link('staff', ref('meeting', m), ref('consultation', forIndonesia)), 201);
    expectProblem(await t.as('delegateId', 'DELETE', `/api/links/${l.id}`), 403, { code: 'record_link.forbidden' });
    expectStatus(await t.as('staff2', 'DELETE', `/api/links/${l.id}`), 204);
    expect(expectStatus(await linksOf('staff', 'meeting', m.id), 200).total).toBe(0);
    const [entry] = await auditOf(m.id, 'meeting.unlink');
    expect(entry).toMatchObject({ actorId: t.users.staff2.id, changes: { link: { before: { id: l.id, recordType: 'consultation', recordId: forIndonesia.id } } } });
    expectProblem(await t.as('staff', 'DELETE', `/api/links/${l.id}`), 404, { code: 'record_link.not_found' });
  });
});

describe('the links of work-plan lines, agenda items and decisions', () => {
  it('are record links: shown on the linked record as references, and changed only through their own record', async () => {
    const m = await sharedMeeting();
    const item = expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: 'Food security statement', links: [ref('consultation', forIndonesia)] }), 201);
    expect(item.links).toEqual([ref('consultation', forIndonesia)]);
    const incoming = expectStatus(await linksOf('staff', 'consultation', forIndonesia.id), 200).items.find((l: Body) => l.record.recordId === item.id);
    expect(incoming).toMatchObject({ kind: 'references', direction: 'incoming', record: { recordType: 'agenda_item', title: 'Food security statement', path: `/meetings/${m.id}?tab=agenda` }, abilities: { remove: false } });
    expectProblem(await t.as('staff', 'DELETE', `/api/links/${incoming.id}`), 409, { code: 'record_link.managed_by_record' });
    expect((await auditOf(item.id, 'agenda_item.set_links'))[0].changes).toEqual({ links: { before: [], after: [ref('consultation', forIndonesia)] } });

    // A type Chancery does not keep yet cannot be linked; nothing is saved.
    const url = `/api/meetings/${m.id}/agenda-items/${item.id}`;
    expectProblem(await t.as('staff', 'PATCH', url, { title: 'Renamed', links: [{ recordType: 'spaceship', recordId: unknownId() }] }), 400, { field: 'links.0.recordType' });
    expectStatus(await t.as('staff', 'PATCH', url, { links: [] }), 200);
    expect(expectStatus(await linksOf('staff', 'consultation', forIndonesia.id), 200).items.map((l: Body) => l.id)).not.toContain(incoming.id);
    expect(expectStatus(await t.as('staff', 'GET', `/api/meetings/${m.id}/agenda-items`), 200).items[0]).toMatchObject({ title: 'Food security statement', links: [] });
  });

  it('leave out records the reader may not see, and keep them when someone who cannot see them saves the list', async () => {
    const m = await sharedMeeting();
    const links = [ref('organization', restricted), ref('consultation', forIndonesia), ref('meeting', m)];
    const d = expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/decisions`, { text: 'Take note of the statement.', links }), 201);
    expect(d.links).toEqual(links);
    expect(expectStatus(await t.as('staff2', 'GET', `/api/decisions/${d.id}`), 200).links).toEqual(links.slice(1));
    expect(expectStatus(await t.as('delegateId', 'GET', `/api/decisions/${d.id}`), 200).links).toEqual(links.slice(1));
    // A colleague who does not see the organisation reorders and trims the links they see.
    expect(expectStatus(await t.as('staff2', 'PATCH', `/api/decisions/${d.id}`, { links: [ref('meeting', m)] }), 200).links).toEqual([ref('meeting', m)]);
    expect(expectStatus(await t.as('staff', 'GET', `/api/decisions/${d.id}`), 200).links).toEqual([ref('organization', restricted), ref('meeting', m)]);
    expectProblem(await t.as('staff2', 'PATCH', `/api/decisions/${d.id}`, { links: [ref('meeting', m), ref('organization', restricted)] }), 400, { field: 'links.1.recordId' });
  });

  it('go with an agenda item or a work-plan line that is removed', async () => {
    const m = await sharedMeeting();
    const item = expectStatus(await t.as('staff', 'POST', `/api/meetings/${m.id}/agenda-items`, { title: 'Any other business', links: [ref('consultation', forIndonesia)] }), 201);
    const line = expectStatus(await t.as('staff', 'POST', `/api/bodies/${body.id}/work-plan`, { code: `L-${m.number}`, title: 'Joint exercises', links: [ref('meeting', m)] }), 201);
    expect(line.links).toEqual([ref('meeting', m)]);
    expect(expectStatus(await linksOf('staff', 'meeting', m.id), 200).items.map((l: Body) => l.record.recordType)).toEqual(['work_plan_line']);

    expectStatus(await t.as('staff', 'DELETE', `/api/meetings/${m.id}/agenda-items/${item.id}`), 204);
    expectStatus(await t.as('staff', 'DELETE', `/api/bodies/${body.id}/work-plan/${line.id}`), 204);
    expect(expectStatus(await linksOf('staff', 'meeting', m.id), 200).total).toBe(0);
    expect(await t.db.select().from(recordLinks).where(eq(recordLinks.fromId, item.id))).toEqual([]);
    expect(await auditOf(line.id, 'work_plan_line.unlink')).toHaveLength(1);
  });
});
