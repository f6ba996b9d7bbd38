// The calendar: items in a range in their zones, .ics files and feeds, each user seeing only what they may.
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPeopleAtOrganization } from '../src/server/modules/directory/people.calendar.ts';
import { auditLog, calendarFeeds, organizations, users } from '../src/server/db/schema/index.ts';
import type { ClassifiedRecord } from '../src/server/platform/access/policy.ts';
import { upsertCalendarItem } from '../src/server/platform/calendar/calendar.service.ts';
import { addDays, startOfDay } from '../src/server/platform/calendar/time-zones.ts';
import { type Body, expectProblem, expectStatus, unknownId } from './support/http.ts';
import { parseIcs } from './support/ics.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
const ids: Record<string, string> = {};
const uids: Record<string, string> = {};
const none = { sharedParties: [], sharedOrganizations: [], restrictedTo: [] };
const access = (classification: ClassifiedRecord['classification'], parties: string[] = []): ClassifiedRecord => ({ ...none, classification, sharedParties: parties });
const LONG_TEXT = 'Приём по случаю Дня России для постоянных представителей государств – членов АСЕАН и Секретариата АСЕАН;\nдресс-код: деловой, с галстуком.';
/** Dates a few weeks ahead, so they are inside every subscription's window whenever the tests run. */
const day = (n: number) => addDays(new Date().toISOString().slice(0, 10), n);
const at = (date: string, time: string, zone: string) => new Date(startOfDay(date, zone).getTime() + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3))) * 60_000);

async function put(key: string, item: Partial<Parameters<typeof upsertCalendarItem>[1]> & { startsAt: Date; access: ClassifiedRecord }) {
  const row = await upsertCalendarItem(t.db, { module: 'meetings', recordType: 'meeting', recordId: key, title: key, timeZone: 'Asia/Jakarta', url: `/meetings/${key}`, ...item });
  ids[key] = row.id;
  uids[key] = row.uid;
}
const list = async (who: Who, query: string) => expectStatus<Body>(await t.as(who, 'GET', `/api/calendar?${query}`), 200).items as Body[];
const window = `from=${day(-1)}&to=${day(60)}`;
const itemOf = async (recordId: string) => (await list('staff', `${window}&modules=directory`)).filter((i) => i.recordId === recordId);
const fetchFeed = (path: string) => t.app.inject({ method: 'GET', url: path });
async function subscribe(who: Who) {
  const body = expectStatus<Body>(await t.as(who, 'POST', '/api/calendar/feed'), 201);
  return { ...body, path: new URL(body.url).pathname, token: new URL(body.url).pathname.split('/').at(-1)!.replace(/\.ics$/, '') };
}

beforeAll(async () => {
  t = await createTestApp();
  const org = async (nameEn: string, classification: string) =>
    expectStatus<Body>(await t.as('staff', 'POST', '/api/organizations', { names: { en: nameEn }, kind: 'secretariat', classification }), 201).id as string;
  ids.asec = await org('ASEAN Secretariat', 'public');
  ids.quiet = await org('Quiet Office', 'mission');
  await put('arjcc', { title: 'ARJCC, 11th meeting; room A', location: 'ASEC, Jakarta', startsAt: new Date('2026-03-18T02:30:00Z'), endsAt: new Date('2026-03-18T04:00:00Z'), access: access('mission') });
  await put('internal', { startsAt: at(day(30), '09:30', 'Asia/Jakarta'), access: access('mission') });
  await put('forId', { startsAt: at(day(31), '18:30', 'Europe/Moscow'), endsAt: at(day(31), '20:00', 'Europe/Moscow'), timeZone: 'Europe/Moscow', access: access('shared', ['ID']) });
  await put('open', { title: 'Russia Day reception', description: LONG_TEXT, startsAt: at(day(32), '18:30', 'Asia/Jakarta'), access: access('public') });
  const person = async (fullName: string, posts: unknown[]) =>
    expectStatus<Body>(await t.as('staff', 'POST', '/api/people', { fullName, classification: 'public', posts }), 201).id as string;
  ids.zag = await person('Evgeny Zagaynov', [{ organizationId: ids.asec, title: 'Permanent Representative', fromDate: day(10) }]);
  ids.quietPerson = await person('Quiet Person', [{ organizationId: ids.quiet, title: 'Adviser', fromDate: day(11) }]);
});
afterAll(async () => t?.close());

describe('calendar items', () => {
  it('a meeting at 09:30 in Jakarta is 02:30 UTC in its .ics, with the Asia/Jakarta VTIMEZONE', async () => {
    const res = await t.as('staff', 'GET', `/api/calendar/items/${ids.arjcc}.ics`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="arjcc-11th-meeting-room-a.ics"');
    const ics = parseIcs(res.body);
    expect(ics.method).toBe('PUBLISH');
    expect(ics.tzids).toEqual(['Asia/Jakarta']);
    const [e] = ics.events;
    expect(res.body).toContain('DTSTART;TZID=Asia/Jakarta:20260318T093000');
    expect(e.start.toJSDate().toISOString()).toBe('2026-03-18T02:30:00.000Z');
    expect(e.end.toJSDate().toISOString()).toBe('2026-03-18T04:00:00.000Z');
    expect(e).toMatchObject({ uid: uids.arjcc, sequence: 0, summary: 'ARJCC, 11th meeting; room A', status: 'CONFIRMED', tzid: 'Asia/Jakarta' });
    expect(e.url).toBe(`http://127.0.0.1:8080/meetings/arjcc`);
  });

  it('lists the items overlapping [from, to), with their zone, link and download', async () => {
    const around = await list('staff', 'from=2026-03-18T00:00:00%2B07:00&to=2026-03-19T00:00:00%2B07:00');
    expect(around.map((i) => i.id)).toEqual([ids.arjcc]);
    expect(around[0]).toMatchObject({ uid: uids.arjcc, timeZone: 'Asia/Jakarta', url: '/meetings/arjcc', icsUrl: `/api/calendar/items/${ids.arjcc}.ics`, allDay: false, startsAt: '2026-03-18T02:30:00.000Z', endsAt: '2026-03-18T04:00:00.000Z', location: 'ASEC, Jakarta', status: 'confirmed', classification: 'mission' });
    expect(await list('staff', 'from=2026-03-17&to=2026-03-18T02:30:00Z')).toEqual([]);
    expect(await list('staff', 'from=2026-03-18T04:00:00Z&to=2026-03-19')).toEqual([]);
    expect((await list('staff', 'from=2026-03-18T03:59:59Z&to=2026-03-19')).map((i) => i.id)).toEqual([ids.arjcc]);
  });

  it('refuses a range over 400 days, a backwards range and a malformed bound, naming the field', async () => {
    expectProblem(await t.as('staff', 'GET', '/api/calendar?from=2026-01-01&to=2027-02-06'), 400, { code: 'calendar.range_too_long', field: 'to' });
    expect((await t.as('staff', 'GET', '/api/calendar?from=2026-01-01&to=2027-02-05')).statusCode).toBe(200);
    expectProblem(await t.as('staff', 'GET', '/api/calendar?from=2026-03-02&to=2026-03-01'), 400, { code: 'calendar.invalid_range', field: 'to' });
    expectProblem(await t.as('staff', 'GET', '/api/calendar?from=yesterday&to=2026-03-01'), 400, { field: 'from' });
    expectProblem(await t.as('staff', 'GET', '/api/calendar?to=2026-03-01'), 400, { field: 'from' });
  });

  it('shows each user only the items they may see; a hidden item is not there to download', async () => {
    const ofWho = async (who: Who) => (await list(who, `${window}&modules=meetings`)).map((i) => i.recordId).sort();
    expect(await ofWho('anonymous')).toEqual(['open']);
    expect(await ofWho('delegateId')).toEqual(['forId', 'open']);
    expect(await ofWho('delegateVn')).toEqual(['open']);
    expect(await ofWho('staff')).toEqual(['forId', 'internal', 'open']);
    expectProblem(await t.as('anonymous', 'GET', `/api/calendar/items/${ids.internal}.ics`), 404, { code: 'calendar_item.not_found' });
    expectProblem(await t.as('delegateVn', 'GET', `/api/calendar/items/${ids.forId}.ics`), 404, { code: 'calendar_item.not_found' });
    expectProblem(await t.as('staff', 'GET', `/api/calendar/items/${unknownId()}.ics`), 404, { code: 'calendar_item.not_found' });
    expect((await t.as('delegateId', 'GET', `/api/calendar/items/${ids.forId}.ics`)).statusCode).toBe(200);
    expect((await t.as('anonymous', 'GET', `/api/calendar/items/${ids.open}.ics`)).statusCode).toBe(200);
  });

  it('keeps the zone an item is set in, refuses one that is not a zone and an end before the start', async () => {
    const base = { module: 'meetings', recordType: 'meeting', recordId: 'zone-check', title: 'Zone check', url: '/x', startsAt: new Date('2026-06-12T11:30:00Z'), access: access('mission') };
    await upsertCalendarItem(t.db, { ...base, timeZone: 'asia/jakarta' });
    expect((await list('staff', 'from=2026-06-12&to=2026-06-13')).find((i) => i.recordId === 'zone-check')?.timeZone).toBe('Asia/Jakarta');
    await expect(upsertCalendarItem(t.db, { ...base, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'calendar.invalid_time_zone' });
    await expect(upsertCalendarItem(t.db, { ...base, timeZone: 'Asia/Jakarta', endsAt: new Date('2026-06-12T10:00:00Z') })).rejects.toMatchObject({ code: 'calendar.invalid_period' });
  });

  it('filters by module and group', async () => {
    expect((await list('staff', `${window}&modules=directory`)).every((i) => i.module === 'directory')).toBe(true);
    expect((await list('staff', `${window}&groups=${ids.asec}`)).map((i) => i.recordId)).toEqual([ids.zag]);
  });
});

describe('the directory on the calendar', () => {
  it('a post taken up is an all-day item in Jakarta, on its day, linked to the person', async () => {
    const [item] = await itemOf(ids.zag);
    expect(item).toMatchObject({ module: 'directory', title: 'Takes up post: Permanent Representative, ASEAN Secretariat', allDay: true, startDate: day(10), lastDate: day(10), timeZone: 'Asia/Jakarta', url: `/people/${ids.zag}`, classification: 'public' });
    const e = parseIcs((await t.as('anonymous', 'GET', item.icsUrl)).body).events[0];
    expect(e.allDay).toBe(true);
    expect(e.start.toString()).toBe(day(10));
    expect(e.end.toString()).toBe(day(11));
  });

  it('moving the post keeps the UID and raises the SEQUENCE; an unrelated edit does not', async () => {
    const [before] = await itemOf(ids.zag);
    await t.as('staff', 'PATCH', `/api/people/${ids.zag}`, { posts: [{ organizationId: ids.asec, title: 'Permanent Representative', fromDate: day(12) }] });
    const [moved] = await itemOf(ids.zag);
    expect(moved).toMatchObject({ id: before.id, uid: before.uid, sequence: before.sequence + 1, startDate: day(12) });
    await t.as('staff', 'PATCH', `/api/people/${ids.zag}`, { notes: 'Ambassador since 2021.' });
    expect((await itemOf(ids.zag))[0].sequence).toBe(moved.sequence);
  });

  it('a post at an organisation hidden from someone stays hidden from them on the calendar', async () => {
    expect((await itemOf(ids.quietPerson))[0].classification).toBe('mission');
    expect((await list('anonymous', `${window}&modules=directory`)).map((i) => i.recordId)).not.toContain(ids.quietPerson);
  });

  it('archiving the person cancels the item with a higher SEQUENCE; restoring brings it back', async () => {
    const [before] = await itemOf(ids.quietPerson);
    await t.as('staff', 'POST', `/api/people/${ids.quietPerson}/archive`);
    const [cancelled] = await itemOf(ids.quietPerson);
    expect(cancelled).toMatchObject({ uid: before.uid, status: 'cancelled', sequence: before.sequence + 1 });
    expect((await list('staff', `${window}&modules=directory&cancelled=exclude`)).map((i) => i.recordId)).not.toContain(ids.quietPerson);
    const e = parseIcs((await t.as('staff', 'GET', cancelled.icsUrl)).body).events[0];
    expect(e).toMatchObject({ uid: before.uid, status: 'CANCELLED', sequence: before.sequence + 1 });
    await t.as('staff', 'POST', `/api/people/${ids.quietPerson}/restore`);
    expect((await itemOf(ids.quietPerson))[0]).toMatchObject({ uid: before.uid, status: 'confirmed', sequence: before.sequence + 2 });
  });

  it('a post removed from the person is cancelled, not left behind', async () => {
    const [before] = await itemOf(ids.quietPerson);
    await t.as('staff', 'PATCH', `/api/people/${ids.quietPerson}`, { posts: [] });
    expect((await itemOf(ids.quietPerson))[0]).toMatchObject({ uid: before.uid, status: 'cancelled' });
  });

  it('re-derived after its organisation is re-classified, a post item narrows with it', async () => {
    await t.db.transaction(async (tx) => {
      await tx.update(organizations).set({ classification: 'mission' }).where(eq(organizations.id, ids.asec));
      await syncPeopleAtOrganization(tx, ids.asec);
    });
    expect((await itemOf(ids.zag))[0].classification).toBe('mission');
    expect((await list('anonymous', `${window}&modules=directory`)).map((i) => i.recordId)).not.toContain(ids.zag);
  });
});

describe('calendar subscriptions', () => {
  it('a feed shows its owner exactly what they may see, each zone with its VTIMEZONE', async () => {
    const ofWho = async (who: Who) => {
      const res = await fetchFeed((await subscribe(who)).path);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['cache-control']).toBe('private, max-age=300');
      return parseIcs(res.body);
    };
    const staff = await ofWho('staff');
    expect(staff.method).toBe('PUBLISH');
    expect(staff.name).toBe('Chancery – Test staff');
    expect(staff.tzids.sort()).toEqual(['Asia/Jakarta', 'Europe/Moscow']);
    for (const key of ['internal', 'forId', 'open']) expect(staff.byUid(uids[key]), key).toBeDefined();
    expect(staff.byUid(uids.arjcc)).toBeUndefined(); // months ago: outside the window
    const moscow = staff.byUid(uids.forId)!;
    expect(moscow.tzid).toBe('Europe/Moscow');
    expect(moscow.start.toJSDate().toISOString()).toBe(at(day(31), '15:30', 'UTC').toISOString());
    const delegateId = await ofWho('delegateId');
    expect(delegateId.byUid(uids.forId)).toBeDefined();
    expect(delegateId.byUid(uids.internal)).toBeUndefined();
    const delegateVn = await ofWho('delegateVn');
    expect(delegateVn.byUid(uids.forId)).toBeUndefined();
    expect(delegateVn.byUid(uids.open)?.description).toBe(LONG_TEXT);
    expect(delegateVn.tzids).toEqual(['Asia/Jakarta']);
  });

  it('carries cancelled items, so subscribed clients drop them', async () => {
    const [cancelled] = await itemOf(ids.quietPerson);
    const feed = parseIcs((await fetchFeed((await subscribe('head')).path)).body);
    expect(feed.byUid(cancelled.uid)).toMatchObject({ status: 'CANCELLED', sequence: cancelled.sequence });
  });

  it('rotating the address stops the old one; revoking stops the new; the audit log never holds the secret', async () => {
    const first = await subscribe('staff2');
    expect(first.rotated).toBe(false);
    const second = await subscribe('staff2');
    expect(second.rotated).toBe(true);
    expectProblem(await fetchFeed(first.path), 404);
    expect((await fetchFeed(second.path)).statusCode).toBe(200);
    expect(expectStatus<Body>(await t.as('staff2', 'GET', '/api/calendar/feed'), 200)).toMatchObject({ active: true, createdAt: second.createdAt });
    expect(expectStatus(await t.as('staff2', 'DELETE', '/api/calendar/feed'), 204)).toBeUndefined();
    expectProblem(await fetchFeed(second.path), 404);
    expect(expectStatus<Body>(await t.as('staff2', 'GET', '/api/calendar/feed'), 200)).toEqual({ active: false, createdAt: null, lastUsedAt: null });
    const entries = await t.db.select().from(auditLog).where(like(auditLog.action, 'calendar_feed.%'));
    const mine = entries.filter((e) => e.actorId === t.users.staff2.id).map((e) => e.action);
    expect(mine).toEqual(['calendar_feed.create', 'calendar_feed.rotate', 'calendar_feed.revoke']);
    const all = JSON.stringify(await t.db.select().from(auditLog));
    for (const secret of [first.token, second.token]) expect(all).not.toContain(secret);
    const hashes = await t.db.select({ h: calendarFeeds.tokenHash }).from(calendarFeeds);
    for (const { h } of hashes) expect(all).not.toContain(h);
  });

  it('an unknown address and a disabled account both answer 404', async () => {
    expectProblem(await fetchFeed(`/api/calendar/feed/${'A'.repeat(43)}.ics`), 404);
    expectProblem(await fetchFeed('/api/calendar/feed/short.ics'), 404);
    const { path } = await subscribe('liaisonSco');
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, t.users.liaisonSco.id));
    expectProblem(await fetchFeed(path), 404);
    await t.db.update(users).set({ disabledAt: null }).where(eq(users.id, t.users.liaisonSco.id));
    expect((await fetchFeed(path)).statusCode).toBe(200);
  });

  it('records when the address was last used, at most once a minute', async () => {
    const { path } = await subscribe('admin');
    await fetchFeed(path);
    const used = expectStatus<Body>(await t.as('admin', 'GET', '/api/calendar/feed'), 200).lastUsedAt;
    expect(used).not.toBeNull();
    await fetchFeed(path);
    expect(expectStatus<Body>(await t.as('admin', 'GET', '/api/calendar/feed'), 200).lastUsedAt).toBe(used);
    const feedOfAdmin = eq(calendarFeeds.userId, t.users.admin.id);
    await t.db.update(calendarFeeds).set({ lastUsedAt: new Date(Date.now() - 120_000) }).where(feedOfAdmin);
    await fetchFeed(path);
    expect(Date.parse(expectStatus<Body>(await t.as('admin', 'GET', '/api/calendar/feed'), 200).lastUsedAt)).toBeGreaterThan(Date.now() - 10_000);
  });

  it('only a signed-in user has a subscription to manage', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) expectProblem(await t.as('anonymous', method, '/api/calendar/feed'), 401, { code: 'auth.required' });
  });
});
