// People and their posts from creation to archive, and the bad input refused.
import { eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, posts } from '../src/server/db/schema/index.ts';
import { personSchema } from '../src/shared/directory.ts';
import { type Body, expectProblem, expectStatus, handmadeCursor, itemIds, token, unknownId, walkList } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
let ministry: string;
let embassy: string;
beforeAll(async () => {
  t = await createTestApp();
  ministry = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Ministry of Foreign Affairs' }, kind: 'government_ministry', countryCode: 'ID' }), 201).id;
  embassy = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Embassy in Jakarta' }, kind: 'permanent_mission' }), 201).id;
});
afterAll(async () => t?.close());

const create = async (body: Record<string, unknown>) => expectStatus(await t.as('staff', 'POST', '/api/people', body), 201);

describe('a person from creation to archive', () => {
  it('staff record a person with posts, change them, archive and restore them', async () => {
    const created = await create({
      fullName: 'Анна Примерова',
      nameLatin: 'Anna Primerova',
      nameRu: 'Анна Примерова',
      honorific: 'H.E.',
      email: 'anna.primerova@mission.example',
      phone: '+62 21 000 000',
      languages: ['ru', 'en', 'id'],
      notes: 'Counsellor',
      posts: [
        { organizationId: embassy, title: 'Third Secretary', fromDate: '2015-09-01', toDate: '2018-08-31' },
        { organizationId: ministry, title: 'Counsellor', fromDate: '2022-01-10' },
        { organizationId: embassy, title: 'First Secretary', fromDate: '2018-09-01', toDate: '2021-12-31' },
      ],
    });
    expect(created).toMatchObject({
      fullName: 'Анна Примерова',
      nameLatin: 'Anna Primerova',
      honorific: 'H.E.',
      languages: ['ru', 'en', 'id'],
      classification: 'mission',
      abilities: { update: true, archive: true, classify: true },
    });
    // Current post first, then the most recent.
    expect(created.posts.map((p: Body) => p.title)).toEqual(['Counsellor', 'First Secretary', 'Third Secretary']);
    expect(created.posts[0]).toMatchObject({
      organizationId: ministry,
      organization: { id: ministry, names: { en: 'Ministry of Foreign Affairs' }, acronym: null },
      fromDate: '2022-01-10',
      toDate: null,
    });
    expect(expectStatus(await t.as('staff', 'GET', `/api/people/${created.id}`), 200)).toEqual(created);

    const changed = expectStatus(
      await t.as('staff', 'PATCH', `/api/people/${created.id}`, { honorific: null, notes: 'Minister-Counsellor', languages: ['ru', 'en'], posts: [{ organizationId: ministry, title: 'Minister-Counsellor', fromDate: '2024-01-01' }] }),
      200,
    );
    expect(changed).toMatchObject({ honorific: null, notes: 'Minister-Counsellor', languages: ['ru', 'en'], fullName: 'Анна Примерова', email: 'anna.primerova@mission.example' });
    expect(changed.posts.map((p: Body) => p.title)).toEqual(['Minister-Counsellor']);
    expect(await t.db.select().from(posts).where(eq(posts.personId, created.id))).toHaveLength(1);

    // Sending no posts leaves them as they are; sending an empty list removes them.
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/people/${created.id}`, { phone: null }), 200).posts).toHaveLength(1);
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/people/${created.id}`, { posts: [] }), 200).posts).toEqual([]);

    expect(expectStatus(await t.as('staff', 'POST', `/api/people/${created.id}/archive`), 200).archivedAt).not.toBeNull();
    expect(itemIds(await t.as('staff', 'GET', '/api/people?q=primerova'))).toEqual([]);
    expect(itemIds(await t.as('staff', 'GET', '/api/people?q=primerova&archived=only'))).toEqual([created.id]);
    expect(expectStatus(await t.as('staff', 'POST', `/api/people/${created.id}/restore`), 200).archivedAt).toBeNull();
    expect(itemIds(await t.as('staff', 'GET', '/api/people?q=primerova'))).toEqual([created.id]);
  });

  it('a change to one field keeps the languages recorded', async () => {
    const p = await create({ fullName: 'Polyglot Person', languages: ['en', 'ms', 'th'] });
    expectStatus(await t.as('staff', 'PATCH', `/api/people/${p.id}`, { notes: 'Speaks three languages' }), 200);
    const [row] = await t.db.select({ languages: people.languages }).from(people).where(eq(people.id, p.id));
    expect(row.languages).toEqual(['en', 'ms', 'th']);
  });

  it('answers with the declared fields only', async () => {
    const p = await create({ fullName: 'Shape Check Person', classification: 'shared', sharedWith: { parties: ['VN'] }, posts: [{ organizationId: ministry, title: 'Clerk' }] });
    expect(Object.keys(p).sort()).toEqual(Object.keys(personSchema.shape).sort());
    const text = JSON.stringify(expectStatus(await t.as('staff', 'GET', '/api/people?q=shape check'), 200));
    for (const internal of ['searchText', 'sharedParties', 'sharedOrganizations', 'createdBy', 'personId', 'passwordHash']) expect(text).not.toContain(internal);
  });
});

describe('refusing bad input', () => {
  // Rows are built when each test runs, once the ministry exists.
  const post = (over: Record<string, unknown>) => ({ organizationId: ministry, title: 'Adviser', ...over });
  it.each([
    ['an empty name', () => ({ fullName: '' }), 'fullName'],
    ['an e-mail that is not one', () => ({ email: 'ivan at mission' }), 'email'],
    ['a language that is not a BCP 47 tag', () => ({ languages: ['English'] }), 'languages.0'],
    ['a post at an unknown organisation', () => ({ posts: [post({ organizationId: unknownId() })] }), 'posts.0.organizationId'],
    ['a post whose organisation is not an id', () => ({ posts: [post({ organizationId: 'ministry' })] }), 'posts.0.organizationId'],
    ['a post ending before it starts', () => ({ posts: [post({ fromDate: '2024-05-01', toDate: '2024-04-30' })] }), 'posts.0.toDate'],
    ['a second post ending before it starts', () => ({ posts: [post({}), post({ fromDate: '2024-05-01', toDate: '2023-01-01' })] }), 'posts.1.toDate'],
    ['a post with an impossible date', () => ({ posts: [post({ fromDate: '2024-13-01' })] }), 'posts.0.fromDate'],
    ['a post without a title', () => ({ posts: [post({ title: ' ' })] }), 'posts.0.title'],
  ] as [string, () => Record<string, unknown>, string][])('refuses %s with 400 naming the field, and writes nothing', async (_label, override, field) => {
    const name = `Refused ${token()}`;
    expectProblem(await t.as('staff', 'POST', '/api/people', { fullName: name, ...override() }), 400, { field });
    expect(await t.db.select().from(people).where(eq(people.fullName, name))).toHaveLength(0);
  });

  it('refuses the same on a change, leaving the person as they were', async () => {
    const p = await create({ fullName: 'Unchanged Person', posts: [{ organizationId: embassy, title: 'Attaché' }] });
    expectProblem(await t.as('staff', 'PATCH', `/api/people/${p.id}`, { fullName: 'Changed', posts: [{ organizationId: unknownId(), title: 'Ghost' }] }), 400, {
      field: 'posts.0.organizationId',
    });
    const now = expectStatus(await t.as('staff', 'GET', `/api/people/${p.id}`), 200);
    expect(now.fullName).toBe('Unchanged Person');
    expect(now.posts.map((x: Body) => x.title)).toEqual(['Attaché']);
    expectProblem(await t.as('staff', 'PATCH', `/api/people/${unknownId()}`, { fullName: 'Nobody' }), 404, { code: 'person.not_found' });
    expectProblem(await t.as('staff', 'GET', `/api/people?cursor=${handmadeCursor(['a', 'b'])}`), 400, { field: 'cursor' });
    expectProblem(await t.as('staff', 'GET', '/api/people?limit=1000'), 400, { field: 'limit' });
    expectProblem(await t.as('staff', 'GET', '/api/people?organizationId=ministry'), 400, { field: 'organizationId' });
  });
});

describe('finding people', () => {
  let ids: Record<string, string>;
  let ministry: string;
  let embassy: string;
  beforeAll(async () => {
    ministry = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Ministry of Trade' }, kind: 'government_ministry' }), 201).id;
    embassy = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Royal Thai Embassy' }, kind: 'permanent_mission' }), 201).id;
    ids = {
      testov: (await create({ fullName: 'Иван Тестов', nameLatin: 'Ivan Testov', posts: [{ organizationId: ministry, title: 'Director', toDate: '2020-01-01' }] })).id,
      somchai: (await create({ fullName: 'สมชาย ใจดี', nameLatin: 'Somchai Jaidee', posts: [{ organizationId: embassy, title: 'Ambassador' }] })).id,
      nguyen: (await create({ fullName: 'Nguyễn Văn Đức', posts: [{ organizationId: ministry, title: 'Deputy Director' }] })).id,
      rina: (await create({ fullName: 'Rina Percobaan' })).id,
    };
  });

  const find = async (query: string) => itemIds(await t.as('staff', 'GET', `/api/people?${query}`));

  it.each([
    ['Тестов', 'testov'],
    ['тестов', 'testov'],
    ['ИВАН', 'testov'],
    ['testov', 'testov'],
    ['สมชาย', 'somchai'],
    ['ใจดี', 'somchai'],
    ['somchai', 'somchai'],
    ['Nguyen Van', 'nguyen'],
    ['nguyễn', 'nguyen'],
    ['percobaan', 'rina'],
  ])('a search for "%s" finds the %s', async (q, key) => {
    expect(await find(`q=${encodeURIComponent(q)}`)).toEqual([ids[key]]);
  });

  it('finds a Vietnamese name typed without its diacritics, Đ included', async () => {
    expect(await find(`q=${encodeURIComponent('Nguyen Van Duc')}`)).toEqual([ids.nguyen]);
    expect(await find(`q=${encodeURIComponent('Đức')}`)).toEqual([ids.nguyen]);
  });

  it('lists the people who hold or held a post at an organisation', async () => {
    expect((await find(`organizationId=${ministry}`)).sort()).toEqual([ids.testov, ids.nguyen].sort());
    expect(await find(`organizationId=${embassy}`)).toEqual([ids.somchai]);
    expect(await find(`organizationId=${ministry}&q=nguyen`)).toEqual([ids.nguyen]);
    expect(await find(`organizationId=${unknownId()}`)).toEqual([]);
  });

  it('sorts by the Latin form of the name, either way, and by last change', async () => {
    const order = (await find('sort=name&limit=100')).filter((id) => Object.values(ids).includes(id));
    expect(order).toEqual([ids.testov, ids.nguyen, ids.rina, ids.somchai]);
    const reversed = (await find('sort=-name&limit=100')).filter((id) => Object.values(ids).includes(id));
    expect(reversed).toEqual([ids.somchai, ids.rina, ids.nguyen, ids.testov]);
    expectStatus(await t.as('staff', 'PATCH', `/api/people/${ids.rina}`, { notes: 'Touched' }), 200);
    expect(await find('sort=-updatedAt&limit=1')).toEqual([ids.rina]);
  });
});

describe('paging through people', () => {
  it('walks thirty people in pages of seven, each exactly once, in every order', async () => {
    const tag = token();
    const made: string[] = [];
    const scripts = ['Алексей', 'Somchai', 'สมศักดิ์', 'Nguyễn', 'Budi'];
    for (let i = 0; i < 30; i++) made.push((await create({ fullName: `${scripts[i % 5]} ${tag} ${i % 6}` })).id);
    for (const sort of ['name', '-name', 'updatedAt', '-updatedAt']) {
      const walk = await walkList<Body>(t, 'staff', `/api/people?q=${tag}&sort=${sort}`, 7);
      expect(walk.ids, sort).toHaveLength(30);
      expect(new Set(walk.ids)).toEqual(new Set(made));
      expect(walk.totals.every((n) => n === 30)).toBe(true);
    }
    const all = await walkList<Body>(t, 'head', '/api/people', 7);
    const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(people).where(isNull(people.archivedAt));
    expect(new Set(all.ids).size).toBe(n);
    expect(all.ids).toHaveLength(n);
  });
});
