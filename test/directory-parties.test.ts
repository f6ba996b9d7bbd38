// Parties from creation to archive, codes unique and fixed, and the bad input refused.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parties } from '../src/server/db/schema/index.ts';
import { partySchema } from '../src/shared/directory.ts';
import { type Body, expectProblem, expectStatus, itemIds, walkList } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const create = async (body: Record<string, unknown>) => expectStatus(await t.as('staff', 'POST', '/api/parties', { kind: 'member_state', ...body }), 201);

describe('a party from creation to archive', () => {
  it('staff record a member state, change its membership, archive and restore it', async () => {
    const sg = await create({
      code: 'SG',
      alpha3: 'SGP',
      numericCode: '702',
      names: { en: 'Singapore', ru: 'Сингапур' },
      officialLanguages: ['en', 'ms', 'zh', 'ta'],
      memberFrom: '1967-08-08',
      classification: 'public',
      provenance: 'REAL',
      sourceUrl: 'https://asean.org/member-states/singapore',
    });
    expect(sg).toMatchObject({
      code: 'SG',
      alpha3: 'SGP',
      names: { en: 'Singapore', ru: 'Сингапур' },
      officialLanguages: ['en', 'ms', 'zh', 'ta'],
      memberFrom: '1967-08-08',
      memberTo: null,
      isOwn: false,
      isMember: true,
      classification: 'public',
    });
    expect(Object.keys(sg).sort()).toEqual(Object.keys(partySchema.shape).sort());
    expect(expectStatus(await t.as('anonymous', 'GET', `/api/parties/${sg.id}`), 200)).toMatchObject({ code: 'SG', abilities: { update: false } });

    const left = expectStatus(await t.as('staff', 'PATCH', `/api/parties/${sg.id}`, { memberTo: '2000-01-01' }), 200);
    expect(left).toMatchObject({ memberTo: '2000-01-01', isMember: false });
    const future = expectStatus(await t.as('staff', 'PATCH', `/api/parties/${sg.id}`, { memberTo: '2999-01-01' }), 200);
    expect(future.isMember).toBe(true);

    expect(expectStatus(await t.as('staff', 'POST', `/api/parties/${sg.id}/archive`), 200).archivedAt).not.toBeNull();
    expect(itemIds(await t.as('staff', 'GET', '/api/parties?q=singapore'))).toEqual([]);
    expect(itemIds(await t.as('staff', 'GET', '/api/parties?q=singapore&archived=include'))).toEqual([sg.id]);
    expect(expectStatus(await t.as('staff', 'POST', `/api/parties/${sg.id}/restore`), 200).archivedAt).toBeNull();
    expect(itemIds(await t.as('staff', 'GET', '/api/parties?q=singapore'))).toEqual([sg.id]);
  });

  it('a change to the name keeps the languages and the own-country flag', async () => {
    const own = await create({ code: 'KZ', names: { en: 'Kazakhstan' }, kind: 'other', isOwn: true, officialLanguages: ['kk', 'ru'] });
    expectStatus(await t.as('staff', 'PATCH', `/api/parties/${own.id}`, { names: { en: 'Republic of Kazakhstan' } }), 200);
    const [row] = await t.db.select().from(parties).where(eq(parties.id, own.id));
    expect(row).toMatchObject({ names: { en: 'Republic of Kazakhstan' }, isOwn: true, officialLanguages: ['kk', 'ru'] });
  });
});

describe('refusing bad input', () => {
  it.each([
    ['a lower-case code', { code: 'sg' }, 'code'],
    ['a three-letter code', { code: 'SGP' }, 'code'],
    ['a lower-case alpha-3 code', { code: 'QQ', alpha3: 'sgp' }, 'alpha3'],
    ['a short numeric code', { code: 'QQ', numericCode: '7' }, 'numericCode'],
    ['an unknown kind', { code: 'QQ', kind: 'friend' }, 'kind'],
    ['an empty name', { code: 'QQ', names: { en: '' } }, 'names.en'],
    ['a language that is not a tag', { code: 'QQ', officialLanguages: ['Malay'] }, 'officialLanguages.0'],
    ['a membership ending before it began', { code: 'QQ', memberFrom: '2000-01-01', memberTo: '1999-01-01' }, 'memberTo'],
    ['a date that is not a date', { code: 'QQ', memberFrom: '8 August 1967' }, 'memberFrom'],
  ])('refuses %s with 400 naming the field', async (_label, override, field) => {
    expectProblem(await t.as('staff', 'POST', '/api/parties', { names: { en: 'Bad Party' }, kind: 'other', ...override }), 400, { field });
    expect(await t.db.select().from(parties).where(eq(parties.code, 'QQ'))).toHaveLength(0);
  });

  it('refuses a code already taken, and never changes a code once given', async () => {
    const p = expectProblem(await t.as('staff', 'POST', '/api/parties', { code: 'ID', names: { en: 'Indonesia again' }, kind: 'member_state' }), 400, { field: 'code' });
    expect(p.code).toBe('party.code_taken');
    const bn = await create({ code: 'BN', names: { en: 'Brunei Darussalam' } });
    expectProblem(await t.as('staff', 'PATCH', `/api/parties/${bn.id}`, { code: 'VN' }), 400, { field: 'code' });
    expectProblem(await t.as('staff', 'PATCH', `/api/parties/${bn.id}`, { code: 'QB' }), 400, { field: 'code' });
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/parties/${bn.id}`, { code: 'BN', names: { en: 'Negara Brunei Darussalam' } }), 200).code).toBe('BN');
    expect(expectStatus(await t.as('staff', 'GET', `/api/parties/${bn.id}`), 200).code).toBe('BN');
  });

  it('lets only one of several simultaneous creations of a code through, and answers the others as a taken code', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.as(i % 2 ? 'staff' : 'staff2', 'POST', '/api/parties', { code: 'QX', names: { en: `Race ${i}` }, kind: 'other' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400, 400, 400, 400, 400]);
    for (const r of results.filter((x) => x.statusCode !== 201)) expectProblem(r, 400, { code: 'party.code_taken', field: 'code' });
    expect(await t.db.select().from(parties).where(eq(parties.code, 'QX'))).toHaveLength(1);
  });
});

describe('finding parties', () => {
  it('finds a party by name in any script, with or without accents, or by code', async () => {
    const la = await create({ code: 'LA', alpha3: 'LAO', names: { en: "Lao People's Democratic Republic", ru: 'Лаосская Народно-Демократическая Республика' }, memberFrom: '1997-07-23' });
    const find = async (q: string) => itemIds(await t.as('staff', 'GET', `/api/parties?q=${encodeURIComponent(q)}`));
    expect(await find('lao people')).toEqual([la.id]);
    expect(await find('Лаосская')).toEqual([la.id]);
    expect(await find('LAO')).toEqual([la.id]);
    const vn = (await t.db.select().from(parties).where(eq(parties.code, 'VN')))[0];
    expect(await find('Viet')).toEqual([vn.id]);
    expect(await find('Việt Nam')).toEqual([vn.id]);
  });

  it('filters by kind and sorts by code, name or last change', async () => {
    const partners = expectStatus(await t.as('staff', 'GET', '/api/parties?kind=dialogue_partner'), 200);
    expect(partners.items.map((p: Body) => p.code)).toEqual(['RU']);
    const byCode = expectStatus(await t.as('staff', 'GET', '/api/parties?sort=code&limit=100'), 200).items.map((p: Body) => p.code);
    expect(byCode).toEqual([...byCode].sort());
    const byCodeDesc = expectStatus(await t.as('staff', 'GET', '/api/parties?sort=-code&limit=100'), 200).items.map((p: Body) => p.code);
    expect(byCodeDesc).toEqual([...byCode].reverse());
    const byName = expectStatus(await t.as('staff', 'GET', '/api/parties?sort=name&limit=100'), 200).items.map((p: Body) => p.names.en.toLowerCase());
    expect(byName).toEqual([...byName].sort());
    const th = (await t.db.select().from(parties).where(eq(parties.code, 'TH')))[0];
    expectStatus(await t.as('staff', 'PATCH', `/api/parties/${th.id}`, { notes: 'Chair next year' }), 200);
    expect(itemIds(await t.as('staff', 'GET', '/api/parties?sort=-updatedAt&limit=1'))).toEqual([th.id]);
  });

  it('walks thirty parties in pages of seven, each exactly once', async () => {
    const made: string[] = [];
    for (let i = 0; i < 30; i++) {
      const code = (i < 26 ? 'Z' : 'Y') + String.fromCharCode(65 + (i % 26));
      made.push((await create({ code, names: { en: `Paged Party ${i % 5}` }, kind: 'observer' })).id);
    }
    for (const sort of ['code', '-code', 'name', '-name', 'updatedAt', '-updatedAt']) {
      const walk = await walkList<Body>(t, 'staff', `/api/parties?kind=observer&sort=${sort}`, 7);
      expect(walk.ids, sort).toHaveLength(30);
      expect(new Set(walk.ids)).toEqual(new Set(made));
      expect(walk.totals.every((n) => n === 30)).toBe(true);
    }
  });
});
