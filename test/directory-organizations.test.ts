// Organisations from creation to archive, and the bad input refused.
import { eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../src/server/db/schema/index.ts';
import { organizationSchema } from '../src/shared/directory.ts';
import { type Body, expectProblem, expectStatus, handmadeCursor, itemIds, token, unknownId, walkList } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const create = async (body: Record<string, unknown>) => expectStatus(await t.as('staff', 'POST', '/api/organizations', { kind: 'agency', ...body }), 201);
const names = (res: { items: Body[] }) => res.items.map((o) => o.names.en);

describe('an organisation from creation to archive', () => {
  it('staff create, read, change, archive and restore an organisation', async () => {
    const parent = await create({ names: { en: 'ASEAN Secretariat' }, kind: 'secretariat', classification: 'public' });
    const created = await create({
      names: { en: 'ASEAN Centre for Energy', ru: 'Центр АСЕАН по энергетике' },
      nameLocal: 'Pusat Energi ASEAN',
      acronym: 'ACE',
      kind: 'agency',
      countryCode: 'ID',
      parentId: parent.id,
      website: 'https://aseanenergy.org',
      address: 'Jakarta',
      provenance: 'REAL',
      sourceUrl: 'https://aseanenergy.org/about',
    });
    expect(created).toMatchObject({
      names: { en: 'ASEAN Centre for Energy', ru: 'Центр АСЕАН по энергетике' },
      acronym: 'ACE',
      countryCode: 'ID',
      parentId: parent.id,
      parent: { id: parent.id, names: { en: 'ASEAN Secretariat' }, acronym: null },
      classification: 'mission',
      sharedWith: { parties: [], organizations: [] },
      restrictedTo: [],
      archivedAt: null,
      abilities: { update: true, archive: true, classify: true },
    });
    expect(created.createdAt).toBe(created.updatedAt);

    const read = expectStatus(await t.as('staff', 'GET', `/api/organizations/${created.id}`), 200);
    expect(read).toEqual(created);

    const changed = expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${created.id}`, { acronym: 'ACE-2', address: null, website: 'https://ace.example' }), 200);
    expect(changed).toMatchObject({ acronym: 'ACE-2', address: null, website: 'https://ace.example', names: { en: 'ASEAN Centre for Energy' }, parentId: parent.id });
    expect(Date.parse(changed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    expect(expectStatus(await t.as('staff', 'GET', '/api/organizations?q=ace-2'), 200).total).toBe(1);

    const archived = expectStatus(await t.as('staff', 'POST', `/api/organizations/${created.id}/archive`), 200);
    expect(archived.archivedAt).not.toBeNull();
    expect(itemIds(await t.as('staff', 'GET', '/api/organizations?q=ace-2'))).toEqual([]);
    expect(itemIds(await t.as('staff', 'GET', '/api/organizations?q=ace-2&archived=only'))).toEqual([created.id]);
    expect(itemIds(await t.as('staff', 'GET', '/api/organizations?q=ace-2&archived=include'))).toEqual([created.id]);
    // An archived record stays readable.
    expectStatus(await t.as('staff', 'GET', `/api/organizations/${created.id}`), 200);

    const restored = expectStatus(await t.as('staff', 'POST', `/api/organizations/${created.id}/restore`), 200);
    expect(restored.archivedAt).toBeNull();
    expect(itemIds(await t.as('staff', 'GET', '/api/organizations?q=ace-2'))).toEqual([created.id]);
    expect(itemIds(await t.as('staff', 'GET', '/api/organizations?q=ace-2&archived=only'))).toEqual([]);

    const unparented = expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${created.id}`, { parentId: null }), 200);
    expect(unparented).toMatchObject({ parentId: null, parent: null });
  });

  it('answers with the declared fields only, never internal columns', async () => {
    const o = await create({ names: { en: 'Shape Check Institute' }, classification: 'shared', sharedWith: { parties: ['ID'] } });
    const expectedKeys = Object.keys(organizationSchema.shape).sort();
    expect(Object.keys(o).sort()).toEqual(expectedKeys);
    const list = expectStatus(await t.as('staff', 'GET', '/api/organizations?q=shape check'), 200);
    expect(Object.keys(list).sort()).toEqual(['items', 'nextCursor', 'total']);
    expect(Object.keys(list.items[0]).sort()).toEqual(expectedKeys);
    const text = JSON.stringify(list);
    for (const internal of ['searchText', 'sharedParties', 'sharedOrganizations', 'createdBy', 'passwordHash', 'search_text']) expect(text).not.toContain(internal);
  });

  it('ignores fields the client may not set', async () => {
    const forcedId = unknownId();
    const o = await create({ names: { en: 'Ignored Fields Office' }, id: forcedId, searchText: 'planted', createdBy: t.users.head.id, archivedAt: '2020-01-01T00:00:00Z', updatedAt: '2000-01-01T00:00:00Z' });
    expect(o.id).not.toBe(forcedId);
    expect(o.archivedAt).toBeNull();
    expect(o.updatedAt).not.toBe('2000-01-01T00:00:00.000Z');
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, o.id));
    expect(row.searchText).toBe('ignored fields office');
    expect(row.createdBy).toBe(t.users.staff.id);
    expect(expectStatus(await t.as('staff', 'GET', '/api/organizations?q=planted'), 200).total).toBe(0);
    const patched = expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${o.id}`, { searchText: 'planted', id: forcedId, address: 'Jl. Sisingamangaraja' }), 200);
    expect(patched).toMatchObject({ id: o.id, address: 'Jl. Sisingamangaraja' });
  });
});

describe('refusing bad input', () => {
  it.each([
    ['an empty English name', { names: { en: '' } }, 'names.en'],
    ['a blank English name', { names: { en: '   ' } }, 'names.en'],
    ['no English name', { names: { ru: 'Агентство' } }, 'names.en'],
    ['no names at all', { names: undefined }, 'names'],
    ['names that are not an object', { names: 'Agency' }, 'names'],
    ['a name in an unknown language', { names: { en: 'Agency', xx: 'Agentur' } }, 'names.xx'],
    ['a language given by its name', { names: { en: 'Agency', Indonesian: 'Badan' } }, 'names.Indonesian'],
    ['an empty Russian name', { names: { en: 'Agency', ru: ' ' } }, 'names.ru'],
    ['an unknown kind', { kind: 'embassy' }, 'kind'],
    ['a website that is not an address', { website: 'not a url' }, 'website'],
    ['a lower-case country code', { countryCode: 'id' }, 'countryCode'],
    ['a country that is not a party', { countryCode: 'XX' }, 'countryCode'],
    ['an unknown parent', { parentId: unknownId() }, 'parentId'],
    ['a parent id that is not an id', { parentId: 'sco' }, 'parentId'],
    ['an unknown classification', { classification: 'secret' }, 'classification'],
    ['a source that is not an address', { sourceUrl: 'wikipedia' }, 'sourceUrl'],
    ['an unknown provenance', { provenance: 'RUMOUR' }, 'provenance'],
    ['a name that is far too long', { names: { en: 'x'.repeat(301) } }, 'names.en'],
    ['an Indonesian name that is far too long', { names: { en: 'Agency', id: 'x'.repeat(301) } }, 'names.id'],
    ['a name given as a number', { names: { en: 42 } }, 'names.en'],
  ])('refuses %s with 400 naming the field', async (_label, override, field) => {
    const before = (await t.db.select({ n: sql<number>`count(*)::int` }).from(organizations))[0].n;
    const body = { names: { en: 'Bad Input Agency' }, kind: 'agency', ...override };
    const p = expectProblem(await t.as('staff', 'POST', '/api/organizations', body), 400, { field });
    expect(p.errors!.find((e) => e.field === field)!.message).toBeTruthy();
    expect((await t.db.select({ n: sql<number>`count(*)::int` }).from(organizations))[0].n).toBe(before);
  });

  it('refuses to place an organisation under itself or one of its own units', async () => {
    const a = await create({ names: { en: 'Cycle A' } });
    const b = await create({ names: { en: 'Cycle B' }, parentId: a.id });
    const c = await create({ names: { en: 'Cycle C' }, parentId: b.id });
    expectProblem(await t.as('staff', 'PATCH', `/api/organizations/${a.id}`, { parentId: c.id }), 400, { code: 'organization.parent_cycle', field: 'parentId' });
    expectProblem(await t.as('staff', 'PATCH', `/api/organizations/${a.id}`, { parentId: a.id }), 400, { field: 'parentId' });
    const [row] = await t.db.select({ parentId: organizations.parentId }).from(organizations).where(eq(organizations.id, a.id));
    expect(row.parentId).toBeNull();
    // Moving a unit sideways is fine.
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${c.id}`, { parentId: a.id }), 200).parentId).toBe(a.id);
  });

  it('refuses a malformed id, body, cursor or page size with a problem, never a 500', async () => {
    expectProblem(await t.as('staff', 'GET', '/api/organizations/not-an-id'), 400, { field: 'id' });
    expectProblem(await t.as('staff', 'GET', '/api/organizations?limit=1000'), 400, { field: 'limit' });
    expectProblem(await t.as('staff', 'GET', '/api/organizations?limit=0'), 400, { field: 'limit' });
    expectProblem(await t.as('staff', 'GET', '/api/organizations?sort=size'), 400, { field: 'sort' });
    expectProblem(await t.as('staff', 'GET', '/api/organizations?archived=maybe'), 400, { field: 'archived' });
    expectProblem(await t.as('staff', 'GET', '/api/organizations?kind=embassy'), 400, { field: 'kind' });
    for (const cursor of ['garbage', Buffer.from(JSON.stringify({ not: 'a list' })).toString('base64url'), handmadeCursor(['x', 'not-a-uuid']), handmadeCursor([1, 2])]) {
      expectProblem(await t.as('staff', 'GET', `/api/organizations?cursor=${cursor}`), 400, { field: 'cursor', code: 'request.invalid_cursor' });
    }
    expectProblem(await t.as('staff', 'GET', `/api/organizations?sort=-updatedAt&cursor=${handmadeCursor(['yesterday', unknownId()])}`), 400, { field: 'cursor' });

    const raw = (payload: string, contentType = 'application/json') =>
      t.app.inject({ method: 'POST', url: '/api/organizations', headers: { cookie: t.users.staff.cookie, 'content-type': contentType }, payload });
    expectProblem(await raw('{"nameEn": "Broken'), 400);
    expectProblem(await raw(''), 400);
    expectProblem(await raw('[]'), 400);
    expectProblem(await raw('null'), 400);
    expectProblem(await raw('nameEn=x', 'application/x-www-form-urlencoded'), 415);
    expectProblem(await raw(JSON.stringify({ nameEn: 'x'.repeat(1_100_000), kind: 'agency' })), 413);
  });

  it('refuses text the database cannot store with 400, not a 500', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Null\u0000Byte Agency' }, kind: 'agency' }), 400, { field: 'names.en' });
    expectProblem(await t.as('staff', 'GET', `/api/organizations?q=${encodeURIComponent('a\u0000b')}`), 400, { field: 'q' });
  });
});

describe('finding organisations', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {
      academy: (await create({ names: { en: 'Diplomatic Academy' }, nameLocal: 'Học viện Ngoại giao Việt Nam', kind: 'academic', countryCode: 'VN', classification: 'public' })).id,
      mfaRu: (await create({ names: { en: 'Foreign Ministry Moscow', ru: 'Министерство иностранных дел' }, acronym: 'MID', kind: 'government_ministry', countryCode: 'RU' })).id,
      mfaTh: (await create({ names: { en: 'Thai Foreign Ministry' }, nameLocal: 'กระทรวงการต่างประเทศ', acronym: 'MFA-TH', kind: 'government_ministry', countryCode: 'TH' })).id,
      percent: (await create({ names: { en: '100% Renewables Forum' }, kind: 'other' })).id,
    };
    ids.unit = (await create({ names: { en: 'Academy Research Unit' }, kind: 'academic', parentId: ids.academy, countryCode: 'VN' })).id;
  });

  const find = async (query: string) => itemIds(await t.as('staff', 'GET', `/api/organizations?${query}`));

  it.each([
    ['Viet Nam', 'academy'],
    ['Việt', 'academy'],
    ['VIỆT NAM', 'academy'],
    ['hoc vien ngoai giao', 'academy'],
    ['Министерство', 'mfaRu'],
    ['иностранных', 'mfaRu'],
    ['МИНИСТЕРСТВО ИНОСТРАННЫХ', 'mfaRu'],
    ['mid', 'mfaRu'],
    ['กระทรวงการต่างประเทศ', 'mfaTh'],
    ['การต่างประเทศ', 'mfaTh'],
    ['mfa-th', 'mfaTh'],
    ['100%', 'percent'],
  ])('a search for "%s" finds the %s', async (q, key) => {
    expect(await find(`q=${encodeURIComponent(q)}`)).toEqual([ids[key]]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    expect(await find(`q=${encodeURIComponent('%')}`)).toEqual([ids.percent]);
    expect(await find(`q=${encodeURIComponent('_')}`)).toEqual([]);
  });

  it('filters by kind, country, parent and a list of ids', async () => {
    expect((await find('kind=academic')).sort()).toEqual([ids.academy, ids.unit].sort());
    expect((await find('country=RU'))).toEqual([ids.mfaRu]);
    expect((await find('kind=government_ministry&country=TH'))).toEqual([ids.mfaTh]);
    expect(await find(`parentId=${ids.academy}`)).toEqual([ids.unit]);
    expect((await find(`ids=${ids.mfaRu},${ids.mfaTh},nonsense`)).sort()).toEqual([ids.mfaRu, ids.mfaTh].sort());
    expect(await find('ids=nonsense')).toEqual([]);
    expectProblem(await t.as('staff', 'GET', '/api/organizations?country=Russia'), 400, { field: 'country' });
  });

  it('sorts by name either way and by last change', async () => {
    const asc = expectStatus(await t.as('staff', 'GET', '/api/organizations?kind=government_ministry&sort=name'), 200);
    expect(names(asc)).toEqual(['Foreign Ministry Moscow', 'Thai Foreign Ministry']);
    const desc = expectStatus(await t.as('staff', 'GET', '/api/organizations?kind=government_ministry&sort=-name'), 200);
    expect(names(desc)).toEqual(['Thai Foreign Ministry', 'Foreign Ministry Moscow']);
    expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${ids.mfaRu}`, { address: 'Smolenskaya-Sennaya 32/34' }), 200);
    expect((await find('sort=-updatedAt&limit=1'))).toEqual([ids.mfaRu]);
    const byChange = expectStatus(await t.as('staff', 'GET', '/api/organizations?sort=updatedAt&limit=100'), 200);
    const times = byChange.items.map((o: Body) => Date.parse(o.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(byChange.items.at(-1).id).toBe(ids.mfaRu);
  });
});

describe('paging through organisations', () => {
  let tag: string;
  let created: string[];
  beforeAll(async () => {
    tag = token();
    created = [];
    // Three organisations share each name, so the order has to fall back on the id.
    for (let i = 0; i < 30; i++) created.push((await create({ names: { en: `${tag} Bureau ${i % 10}` }, kind: 'other' })).id);
  });

  it.each(['name', '-name', 'updatedAt', '-updatedAt'])('walks all thirty in pages of seven, sorted by %s, each exactly once', async (sort) => {
    const walk = await walkList<Body>(t, 'staff', `/api/organizations?q=${tag}&sort=${sort}`, 7);
    expect(walk.pages).toBe(5);
    expect(walk.totals).toEqual([30, 30, 30, 30, 30]);
    expect(walk.ids).toHaveLength(30);
    expect(new Set(walk.ids)).toEqual(new Set(created));
    const key = (o: Body) => (sort.endsWith('name') ? o.names.en.toLowerCase() : o.updatedAt);
    const keys = walk.items.map(key);
    const sorted = [...keys].sort();
    expect(keys).toEqual(sort.startsWith('-') ? sorted.reverse() : sorted);
  });

  it('walks the whole directory too, with the total matching the rows', async () => {
    const walk = await walkList<Body>(t, 'head', '/api/organizations', 7);
    const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(isNull(organizations.archivedAt));
    expect(walk.ids).toHaveLength(n);
    expect(new Set(walk.ids).size).toBe(n);
    expect(walk.totals.every((x) => x === n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(31);
  });

  it('walks names with a Turkish capital İ without skipping the names after them', async () => {
    const odd = token();
    const made = [];
    for (const name of ['İzmir Office', 'Izmir Institute', 'Izmir Annex', 'Izmir Zone']) made.push((await create({ names: { en: `${odd} ${name}` } })).id);
    const walk = await walkList<Body>(t, 'staff', `/api/organizations?q=${odd}`, 1);
    expect(new Set(walk.ids)).toEqual(new Set(made));
    expect(walk.ids).toHaveLength(made.length);
  });
});
