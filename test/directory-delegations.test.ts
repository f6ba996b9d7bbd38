// Delegations from creation to archive, with people hidden from the viewer kept and never named.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delegationMembers, delegations } from '../src/server/db/schema/index.ts';
import { delegationSchema } from '../src/shared/directory.ts';
import { type Body, expectProblem, expectStatus, itemIds, token, unknownId, walkList } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
let mission: string;
let ambassador: string;
let deputy: string;
let attache: string;
beforeAll(async () => {
  t = await createTestApp();
  mission = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Permanent Mission of Indonesia to ASEAN' }, kind: 'permanent_mission', countryCode: 'ID', classification: 'public' }), 201).id;
  const person = async (fullName: string, who: Who = 'staff', access: Record<string, unknown> = { classification: 'public' }) =>
    expectStatus(await t.as(who, 'POST', '/api/people', { fullName, ...access }), 201).id as string;
  ambassador = await person('Rina Percobaan');
  deputy = await person('Budi Contoh');
  attache = await person('Sari Teladan');
});
afterAll(async () => t?.close());

const create = async (body: Record<string, unknown>, who: Who = 'staff') =>
  expectStatus(await t.as(who, 'POST', '/api/delegations', { partyCode: 'ID', ...body }), 201);
const memberIds = (d: Body) => d.members.map((m: Body) => m.person.id).sort();

describe('a delegation from creation to archive', () => {
  it('staff record a delegation with its head and members, change it, archive and restore it', async () => {
    const d = await create({
      names: { en: 'Permanent Mission of the Republic of Indonesia to ASEAN', ru: 'Постоянное представительство Индонезии при АСЕАН' },
      organizationId: mission,
      headPersonId: ambassador,
      members: [
        { personId: ambassador, title: 'Permanent Representative', fromDate: '2023-01-01' },
        { personId: deputy, title: 'Deputy Permanent Representative' },
      ],
      classification: 'shared',
      sharedWith: { parties: ['ID'] },
    });
    expect(d).toMatchObject({
      partyCode: 'ID',
      organizationId: mission,
      headPersonId: ambassador,
      head: { id: ambassador, fullName: 'Rina Percobaan', nameLatin: null, honorific: null },
      classification: 'shared',
      sharedWith: { parties: ['ID'], organizations: [] },
    });
    expect(memberIds(d)).toEqual([ambassador, deputy].sort());
    expect(d.members.find((m: Body) => m.person.id === ambassador)).toMatchObject({ title: 'Permanent Representative', fromDate: '2023-01-01', toDate: null });
    expect(Object.keys(d).sort()).toEqual(Object.keys(delegationSchema.shape).sort());
    expect(expectStatus(await t.as('delegateId', 'GET', `/api/delegations/${d.id}`), 200)).toMatchObject({ id: d.id, abilities: { update: false } });

    const changed = expectStatus(
      await t.as('staff', 'PATCH', `/api/delegations/${d.id}`, { headPersonId: deputy, members: [{ personId: deputy, title: 'Chargé d’affaires' }, { personId: attache }] }),
      200,
    );
    expect(changed.head.id).toBe(deputy);
    expect(memberIds(changed)).toEqual([deputy, attache].sort());
    expect(await t.db.select().from(delegationMembers).where(eq(delegationMembers.delegationId, d.id))).toHaveLength(2);
    expect(memberIds(expectStatus(await t.as('staff', 'PATCH', `/api/delegations/${d.id}`, { names: { en: 'Permanent Mission of Indonesia to ASEAN' } }), 200))).toEqual([deputy, attache].sort());

    expect(expectStatus(await t.as('head', 'POST', `/api/delegations/${d.id}/archive`), 200).archivedAt).not.toBeNull();
    expect(itemIds(await t.as('staff', 'GET', '/api/delegations?party=ID'))).not.toContain(d.id);
    expect(itemIds(await t.as('staff', 'GET', '/api/delegations?party=ID&archived=only'))).toEqual([d.id]);
    expectStatus(await t.as('head', 'POST', `/api/delegations/${d.id}/restore`), 200);
    expect(itemIds(await t.as('staff', 'GET', '/api/delegations?party=ID'))).toContain(d.id);
  });

  it.each([
    ['an unknown party', () => ({ partyCode: 'XX' }), 'partyCode'],
    ['a lower-case party code', () => ({ partyCode: 'id' }), 'partyCode'],
    ['an empty name', () => ({ names: { en: ' ' } }), 'names.en'],
    ['an unknown head', () => ({ headPersonId: unknownId() }), 'headPersonId'],
    ['an unknown member', () => ({ members: [{ personId: deputy }, { personId: unknownId() }] }), 'members.1.personId'],
    ['an unknown mission', () => ({ organizationId: unknownId() }), 'organizationId'],
    ['a member with an impossible date', () => ({ members: [{ personId: deputy, fromDate: '2024-02-30' }] }), 'members.0.fromDate'],
  ] as [string, () => Record<string, unknown>, string][])('refuses %s with 400 naming the field, and writes nothing', async (_label, override, field) => {
    const name = `Refused ${token()}`;
    expectProblem(await t.as('staff', 'POST', '/api/delegations', { partyCode: 'ID', names: { en: name }, ...override() }), 400, { field });
    expect(await t.db.select().from(delegations).where(eq(delegations.nameEn, name))).toHaveLength(0);
  });
});

describe('people hidden from the viewer', () => {
  let secretEnvoy: string;
  let delegation: string;
  beforeAll(async () => {
    secretEnvoy = expectStatus(await t.as('staff2', 'POST', '/api/people', { fullName: 'Secret Envoy', classification: 'restricted' }), 201).id;
    delegation = (
      await create(
        {
          names: { en: 'Delegation with a restricted member' },
          classification: 'public',
          headPersonId: secretEnvoy,
          members: [{ personId: secretEnvoy, title: 'Special Envoy' }, { personId: deputy }],
        },
        'staff2',
      )
    ).id;
  });

  it('are left out of the head and the members, for staff not named and for outsiders', async () => {
    for (const who of ['staff', 'admin', 'delegateVn', 'anonymous'] as Who[]) {
      const d = expectStatus(await t.as(who, 'GET', `/api/delegations/${delegation}`), 200);
      expect(d.head, who).toBeNull();
      expect(d.headPersonId, who).toBeNull();
      expect(memberIds(d), who).toEqual([deputy]);
      expect(JSON.stringify(d)).not.toContain('Secret Envoy');
    }
    const full = expectStatus(await t.as('staff2', 'GET', `/api/delegations/${delegation}`), 200);
    expect(full.head.id).toBe(secretEnvoy);
    expect(memberIds(full)).toEqual([secretEnvoy, deputy].sort());
  });

  it('stay on the delegation when staff who cannot see them change the members', async () => {
    expectStatus(await t.as('staff', 'PATCH', `/api/delegations/${delegation}`, { members: [{ personId: attache, title: 'Attaché' }] }), 200);
    const full = expectStatus(await t.as('staff2', 'GET', `/api/delegations/${delegation}`), 200);
    expect(memberIds(full)).toEqual([secretEnvoy, attache].sort());
    expect(full.head.id).toBe(secretEnvoy);
  });

  it('cannot be named by staff who cannot see them', async () => {
    expectProblem(await t.as('staff', 'POST', '/api/delegations', { partyCode: 'VN', names: { en: 'Naming a hidden person' }, headPersonId: secretEnvoy }), 400, { field: 'headPersonId' });
    expectProblem(await t.as('staff', 'PATCH', `/api/delegations/${delegation}`, { members: [{ personId: secretEnvoy }] }), 400, { field: 'members.0.personId' });
  });
});

describe('finding delegations', () => {
  it('filters by party and finds by name in Latin or Cyrillic, or by party code', async () => {
    const vn = await create({ partyCode: 'VN', names: { en: 'Phái đoàn Việt Nam', ru: 'Делегация Вьетнама' } });
    const th = await create({ partyCode: 'TH', names: { en: 'Thai Delegation' } });
    expect(itemIds(await t.as('staff', 'GET', '/api/delegations?party=VN'))).toEqual([vn.id]);
    expect(itemIds(await t.as('staff', 'GET', '/api/delegations?party=TH'))).toEqual([th.id]);
    expect(itemIds(await t.as('staff', 'GET', `/api/delegations?q=${encodeURIComponent('viet nam')}`))).toEqual([vn.id]);
    expect(itemIds(await t.as('staff', 'GET', `/api/delegations?q=${encodeURIComponent('Вьетнама')}`))).toEqual([vn.id]);
    expect(itemIds(await t.as('staff', 'GET', '/api/delegations?q=th'))).toContain(th.id);
    expectProblem(await t.as('staff', 'GET', '/api/delegations?party=Viet'), 400, { field: 'party' });
  });

  it('walks thirty delegations in pages of seven, each exactly once, in every order', async () => {
    const made: string[] = [];
    for (let i = 0; i < 30; i++) made.push((await create({ partyCode: 'RU', names: { en: `Paged Delegation ${i % 4}` } })).id);
    for (const sort of ['name', '-name', 'updatedAt', '-updatedAt']) {
      const walk = await walkList<Body>(t, 'staff', `/api/delegations?party=RU&sort=${sort}`, 7);
      expect(walk.ids, sort).toHaveLength(30);
      expect(new Set(walk.ids)).toEqual(new Set(made));
      expect(walk.totals.every((n) => n === 30)).toBe(true);
    }
  });
});
