// High-level dialogue: engagements keep the posts held that day, their follow-ups are action items with reminders, timelines and the counterpart view, a restricted démarche hidden everywhere, the gift register's custody history and yearly report.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../src/server/db/schema/index.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let asec: Body;
let sg: Body;
let ours: Body;
beforeAll(async () => {
  t = await createTestApp();
  asec = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Secretariat' }, acronym: 'ASEC', kind: 'secretariat', classification: 'public' }), 201);
  sg = expectStatus(
    await t.as('staff', 'POST', '/api/people', {
      fullName: 'Kao Kim Hourn',
      classification: 'public',
      posts: [
        { organizationId: asec.id, title: 'Deputy Secretary-General of ASEAN', fromDate: '2019-01-01', toDate: '2022-12-31' },
        { organizationId: asec.id, title: 'Secretary-General of ASEAN', fromDate: '2023-01-01' },
      ],
    }),
    201,
  );
  ours = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Evgeny Zagaynov', classification: 'mission' }), 201);
});
afterAll(async () => t?.close());

const log = async (fields: Record<string, unknown> = {}, who: 'staff' | 'head' = 'staff') =>
  expectStatus(
    await t.as(who, 'POST', '/api/engagements', {
      kind: 'courtesy_call',
      title: 'Courtesy call on the Secretary-General',
      startsAt: '2026-03-04T10:00:00+07:00',
      endsAt: '2026-03-04T10:45:00+07:00',
      timeZone: 'Asia/Jakarta',
      place: 'ASEAN Secretariat',
      participants: [
        { personId: ours.id, side: 'ours' },
        { personId: sg.id, side: 'theirs' },
      ],
      organizationIds: [asec.id],
      topics: ['disaster management'],
      summary: '<p>Talks <script>alert(1)</script><b>held</b></p>',
      outcomes: 'ASEC to circulate the draft agenda.',
      ...fields,
    }),
    201,
  );

describe('an engagement', () => {
  it('is numbered per year, sanitises its summary and keeps the post each participant held on its date', async () => {
    const now = await log();
    expect(now.reference).toMatch(/^EV-2026-\d{3}$/);
    expect(now.summary).not.toContain('script');
    expect(now.summary).toContain('<strong>held</strong>');
    expect(now.participants.find((p: Body) => p.side === 'theirs')).toMatchObject({ fullName: 'Kao Kim Hourn', postTitle: 'Secretary-General of ASEAN', postOrganization: { id: asec.id } });
    const earlier = await log({ startsAt: '2021-06-01T10:00:00+07:00', endsAt: null, title: 'Call on the Deputy Secretary-General' });
    expect(earlier.participants.find((p: Body) => p.side === 'theirs').postTitle).toBe('Deputy Secretary-General of ASEAN');
    // The person moves on: the record keeps what they were that day.
    expectStatus(await t.as('staff', 'PATCH', `/api/people/${sg.id}`, { posts: [{ organizationId: asec.id, title: 'Ambassador-at-large', fromDate: '2019-01-01' }] }), 200);
    const again = expectStatus(await t.as('staff', 'GET', `/api/engagements/${earlier.id}`), 200);
    expect(again.participants.find((p: Body) => p.side === 'theirs').postTitle).toBe('Deputy Secretary-General of ASEAN');
    expectStatus(await t.as('staff', 'PATCH', `/api/people/${sg.id}`, { posts: [{ organizationId: asec.id, title: 'Secretary-General of ASEAN', fromDate: '2023-01-01' }] }), 200);
  });

  it('refuses a bad zone, a backwards period and an unknown participant, naming the field', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/engagements', { kind: 'meeting', title: 'x', startsAt: '2026-03-04T10:00:00+07:00', timeZone: 'Mars/Olympus' }), 400, { field: 'timeZone' });
    expectProblem(await t.as('staff', 'POST', '/api/engagements', { kind: 'meeting', title: 'x', startsAt: '2026-03-04T10:00:00+07:00', endsAt: '2026-03-04T09:00:00+07:00', timeZone: 'Asia/Jakarta' }), 400, { field: 'endsAt' });
    expectProblem(
      await t.as('staff', 'POST', '/api/engagements', { kind: 'meeting', title: 'x', startsAt: '2026-03-04T10:00:00+07:00', timeZone: 'Asia/Jakarta', participants: [{ personId: '00000000-0000-4000-8000-000000000000', side: 'theirs' }] }),
      400,
      { field: 'participants' },
    );
  });

  it('records follow-ups as action items with owners, due dates, reminders and a calendar entry', async () => {
    const e = await log({ followUps: [{ title: 'Send comments on the draft agenda', ownerUserId: t.users.staff.id, dueDate: '2099-03-11' }] });
    expect(e.followUps).toHaveLength(1);
    const item = expectStatus(await t.as('staff', 'GET', `/api/action-items/${e.followUps[0].id}`), 200);
    expect(item).toMatchObject({ meetingId: null, subjectType: 'engagement', subjectId: e.id, ownerUserId: t.users.staff.id, dueDate: '2099-03-11', status: 'open' });
    const reminder = await t.db.select().from(jobs).where(and(eq(jobs.kind, 'meetings.action_item_reminder'), eq(jobs.key, `action_item.reminder:${item.id}`)));
    expect(reminder).toHaveLength(1);
    const mine = expectStatus(await t.as('staff', 'GET', '/api/action-items?mine=true&limit=100'), 200);
    expect(mine.items.map((i: Body) => i.id)).toContain(item.id);
    const done = expectStatus(await t.as('staff', 'PATCH', `/api/action-items/${item.id}`, { status: 'done' }), 200);
    expect(done.status).toBe('done');
    expect((await t.db.select().from(jobs).where(and(eq(jobs.key, `action_item.reminder:${item.id}`), eq(jobs.status, 'pending')))).length).toBe(0);
    const more = expectStatus(await t.as('staff', 'POST', `/api/engagements/${e.id}/follow-ups`, { followUps: [{ title: 'Invite the SG to the reception', ownerUserId: t.users.staff.id, dueDate: '2099-06-01' }] }), 201);
    expect(more.followUps.map((f: Body) => f.status)).toEqual(['done', 'open']);
    const cal = expectStatus(await t.as('staff', 'GET', '/api/calendar?from=2099-05-30&to=2099-06-03'), 200);
    expect(cal.items.map((i: Body) => i.title)).toContain('Due: Invite the SG to the reception');
  });

  it('appears on the timelines of the person, the organisation and the party, with filters', async () => {
    const e = await log({ kind: 'working_lunch', title: 'Lunch with the SG on Viet Nam', partyCodes: ['VN'], topics: ['education'], startsAt: '2025-05-05T12:00:00+07:00', endsAt: null });
    const byPerson = expectStatus(await t.as('staff', 'GET', `/api/engagements?personId=${sg.id}&limit=100`), 200);
    expect(byPerson.items.map((i: Body) => i.id)).toContain(e.id);
    // newest first
    const starts = byPerson.items.map((i: Body) => i.startsAt);
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(expectStatus(await t.as('staff', 'GET', `/api/engagements?organizationId=${asec.id}&kind=working_lunch`), 200).items.map((i: Body) => i.id)).toEqual([e.id]);
    expect(expectStatus(await t.as('staff', 'GET', `/api/engagements?party=VN&year=2025`), 200).items.map((i: Body) => i.id)).toEqual([e.id]);
    expect(expectStatus(await t.as('staff', 'GET', `/api/engagements?organizationId=${asec.id}&topic=education&year=2024`), 200).total).toBe(0);
    const view = expectStatus(await t.as('staff', 'GET', `/api/engagements/counterparts?organizationId=${asec.id}`), 200);
    const row = view.items.find((i: Body) => i.personId === sg.id);
    expect(row.ourPeople.map((p: Body) => p.personId)).toEqual([ours.id]);
    expect(row.contactsThisYear).toBeGreaterThan(0);
  });

  it('restricted to the head of mission is invisible to other staff in lists, timelines, counterparts, search, calendar, follow-ups and exports', async () => {
    const secret = await log(
      {
        kind: 'demarche',
        title: 'Zircon demarche on the statement',
        classification: 'restricted',
        restrictedTo: [],
        startsAt: '2026-11-20T11:00:00+07:00',
        endsAt: null,
        followUps: [{ title: 'Zircon follow-up', ownerUserId: t.users.head.id, dueDate: '2099-01-10' }],
      },
      'head',
    );
    expectStatus(await t.as('head', 'GET', `/api/engagements/${secret.id}`), 200);
    expectProblem(await t.as('staff', 'GET', `/api/engagements/${secret.id}`), 404);
    expectProblem(await t.as('staff', 'PATCH', `/api/engagements/${secret.id}`, { title: 'x' }), 404);
    const lists = [`/api/engagements?limit=100`, `/api/engagements?personId=${sg.id}&limit=100`, `/api/engagements?organizationId=${asec.id}&limit=100`];
    for (const url of lists) expect(expectStatus(await t.as('staff', 'GET', url), 200).items.map((i: Body) => i.id)).not.toContain(secret.id);
    const headView = expectStatus(await t.as('head', 'GET', `/api/engagements/counterparts?organizationId=${asec.id}`), 200).items.find((i: Body) => i.personId === sg.id);
    const staffView = expectStatus(await t.as('staff', 'GET', `/api/engagements/counterparts?organizationId=${asec.id}`), 200).items.find((i: Body) => i.personId === sg.id);
    expect(headView.lastEngagementId).toBe(secret.id);
    expect(staffView.lastEngagementId).not.toBe(secret.id);
    expect(staffView.contactsThisYear).toBe(headView.contactsThisYear - 1);
    expect(expectStatus(await t.as('staff', 'GET', '/api/search?q=zircon'), 200).items).toEqual([]);
    expect(expectStatus(await t.as('head', 'GET', '/api/search?q=zircon'), 200).items.length).toBeGreaterThan(0);
    const cal = (who: 'staff' | 'staff2' | 'head', q: string) => t.as(who, 'GET', `/api/calendar?${q}`).then((r) => expectStatus(r, 200).items.map((i: Body) => i.title));
    expect(await cal('head', 'from=2026-11-19&to=2026-11-22')).toContain('Zircon demarche on the statement');
    expect(await cal('staff', 'from=2026-11-19&to=2026-11-22')).not.toContain('Zircon demarche on the statement');
    expect(await cal('staff', 'from=2099-01-09&to=2099-01-12')).not.toContain('Due: Zircon follow-up');
    expect(await cal('head', 'from=2099-01-09&to=2099-01-12')).toContain('Due: Zircon follow-up');
    expectProblem(await t.as('staff', 'GET', `/api/action-items/${secret.followUps[0].id}`), 404);
    expect(expectStatus(await t.as('staff', 'GET', '/api/action-items?q=zircon'), 200).items).toEqual([]);
    // Opened to staff: everything follows, follow-ups included.
    expectStatus(await t.as('head', 'PATCH', `/api/engagements/${secret.id}`, { restrictedTo: [t.users.staff.id] }), 200);
    expectStatus(await t.as('staff', 'GET', `/api/action-items/${secret.followUps[0].id}`), 200);
    expectProblem(await t.as('staff2', 'GET', `/api/action-items/${secret.followUps[0].id}`), 404);
    expect(await cal('staff2', 'from=2099-01-09&to=2099-01-12')).not.toContain('Due: Zircon follow-up');
  });

  it('shared with Viet Nam is read by its delegate, who sees nothing else and writes nothing', async () => {
    const shared = await log({ title: 'Meeting with the PR of Viet Nam', classification: 'shared', sharedWith: { parties: ['VN'] }, partyCodes: ['VN'] });
    const list = expectStatus(await t.as('delegateVn', 'GET', '/api/engagements?limit=100'), 200);
    expect(list.items.map((i: Body) => i.id)).toEqual([shared.id]);
    expectProblem(await t.as('delegateVn', 'PATCH', `/api/engagements/${shared.id}`, { title: 'x' }), 403);
    expect(expectStatus(await t.as('delegateId', 'GET', '/api/engagements?limit=100'), 200).items).toEqual([]);
    expectProblem(await t.as('anonymous', 'GET', `/api/engagements/${shared.id}`), 404);
  });
});

const gift = async (fields: Record<string, unknown> = {}, who: 'staff' | 'head' = 'staff') =>
  expectStatus(
    await t.as(who, 'POST', '/api/gifts', {
      direction: 'received',
      date: '2026-03-18',
      occasion: 'ARJCC meeting',
      donorPersonId: sg.id,
      donorPartyCode: 'VN',
      recipientName: 'Permanent Representative',
      description: 'Framed commemorative photograph',
      category: 'photograph',
      value: { amountMinor: 6000, currency: 'USD' },
      ...fields,
    }),
    201,
  );

describe('the gift register', () => {
  it('records a gift with the donor’s post that day, allows an unknown value, and keeps the custody history', async () => {
    const g = await gift();
    expect(g.reference).toMatch(/^G-2026-\d{2}$/);
    expect(g.donor.person).toMatchObject({ id: sg.id, postTitle: 'Secretary-General of ASEAN' });
    expect(g.custody).toHaveLength(1);
    const moved = expectStatus(await t.as('staff', 'POST', `/api/gifts/${g.id}/custody`, { disposition: 'on_display', location: 'Mission hall', note: 'Hung in the hall' }), 200);
    expect(moved).toMatchObject({ disposition: 'on_display', location: 'Mission hall' });
    expect(moved.custody.map((c: Body) => c.disposition)).toEqual(['pending', 'on_display']);
    const unknown = await gift({ value: null, description: 'Bouquet statuette' });
    expect(unknown.value).toBeNull();
    expectProblem(await t.as('staff', 'POST', '/api/gifts', { direction: 'given', date: '2026-01-01', description: 'x', recipientName: 'y', value: { amountMinor: 5, currency: 'XXZ' } }), 400);
    expectProblem(await t.as('staff', 'POST', '/api/gifts', { direction: 'given', date: '2026-01-01', description: 'No donor', recipientName: 'y' }), 400, { field: 'donorName' });
    const onDisplay = expectStatus(await t.as('staff', 'GET', '/api/gifts?disposition=on_display&year=2026'), 200);
    expect(onDisplay.items.map((i: Body) => i.id)).toEqual([g.id]);
    expect(expectStatus(await t.as('staff', 'GET', '/api/gifts?valueAbove=5000&currency=USD'), 200).items.map((i: Body) => i.id)).toContain(g.id);
    expect(expectStatus(await t.as('staff', 'GET', '/api/gifts?valueAbove=6000&currency=USD'), 200).items.map((i: Body) => i.id)).not.toContain(g.id);
  });

  it('reports the year with totals per currency over the gifts the reader may see, as CSV and PDF', async () => {
    await gift({ date: '2024-02-02', value: { amountMinor: 10000, currency: 'USD' } });
    await gift({ date: '2024-03-03', value: { amountMinor: 2500, currency: 'USD' } });
    await gift({ date: '2024-04-04', value: { amountMinor: 250_000_000, currency: 'IDR' } });
    await gift({ date: '2024-05-05', value: null });
    await gift({ date: '2024-06-06', value: { amountMinor: 999900, currency: 'USD' }, classification: 'restricted', description: 'Secret vase' }, 'head');
    const res = await t.as('staff', 'GET', '/api/gifts/report.csv?year=2024');
    expect(res.statusCode).toBe(200);
    // Amounts are formatted with a no-break space between code and number.
    const csv = { body: res.body.replaceAll('\u00a0', ' ') };
    expect(csv.body).toContain('Recipient and title');
    expect(csv.body).toContain('Total,,,USD 125.00');
    expect(csv.body).toContain('Total,,,"IDR 2,500,000.00"');
    const headCsv = await t.as('head', 'GET', '/api/gifts/report.csv?year=2024');
    expect(headCsv.body.replaceAll('\u00a0', ' ')).toContain('Total,,,"USD 10,124.00"');
    expect(csv.body).toContain('1 gift of unknown value');
    expect(csv.body).not.toContain('Secret vase');
    const ru = await t.as('staff', 'GET', '/api/gifts/report.csv?year=2024&lang=ru');
    expect(ru.body).toContain('Получатель и должность');
    const pdf = await t.as('staff', 'GET', '/api/gifts/report.pdf?year=2024');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expectProblem(await t.as('staff', 'GET', '/api/gifts/report.csv'), 400, { field: 'year' });
  });
});
