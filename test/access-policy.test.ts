// The access policy through the API: classifications, sharing and restriction on directory records, 404 not 403.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delegations, organizations, parties, people } from '../src/server/db/schema/index.ts';
import { type Body, expectProblem, expectStatus, itemIds, token, unknownId, walkList, withoutInstance } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

/**
 * The access table: every role against every classification, for every way a
 * record can be reached (list, count, search, detail) or changed (edit,
 * archive, reclassify), through the HTTP API.
 */

type Cls = 'public' | 'mission' | 'sharedId' | 'sharedSco' | 'restricted';
const CLASSES: Cls[] = ['public', 'mission', 'sharedId', 'sharedSco', 'restricted'];
const EVERYTHING: Cls[] = CLASSES;
const MISSION_VIEW: Cls[] = ['public', 'mission', 'sharedId', 'sharedSco'];

type RoleRow = { who: Who; label: string; sees: Cls[]; reads: string; writes: string };
const ROLES: RoleRow[] = [
  { who: 'anonymous', label: 'someone not signed in', sees: ['public'], reads: 'public records', writes: 'must sign in before changing anything (401)' },
  { who: 'delegateId', label: 'a delegate of Indonesia', sees: ['public', 'sharedId'], reads: 'public records and those shared with Indonesia', writes: 'is refused (403) on what they can see and told 404 about the rest' },
  { who: 'delegateVn', label: 'a delegate of Viet Nam', sees: ['public'], reads: 'public records (nothing shared with Indonesia or the SCO)', writes: 'is refused (403) on what they can see and told 404 about the rest' },
  { who: 'liaisonSco', label: 'the SCO liaison officer', sees: ['public', 'sharedSco'], reads: 'public records and those shared with the SCO Secretariat', writes: 'is refused (403) on what they can see and told 404 about the rest' },
  { who: 'staff', label: 'staff not named on the restricted record', sees: MISSION_VIEW, reads: 'everything except the restricted record', writes: 'may change what they can see; the restricted record answers 404' },
  { who: 'staff2', label: 'staff named on the restricted record', sees: EVERYTHING, reads: 'everything, the restricted record included', writes: 'may change everything, the restricted record included' },
  { who: 'admin', label: 'the administrator', sees: MISSION_VIEW, reads: 'everything except the restricted record', writes: 'may change what they can see; the restricted record answers 404' },
  { who: 'head', label: 'the head of mission', sees: EVERYTHING, reads: 'everything, restricted records included', writes: 'may change everything' },
];

const sees = (who: Who, cls: Cls) => ROLES.find((r) => r.who === who)!.sees.includes(cls);
const isOutsider = (who: Who) => who === 'delegateId' || who === 'delegateVn' || who === 'liaisonSco';

/** What a write by `who` on a record classified `cls` must answer. */
function writeOutcome(who: Who, cls: Cls): number {
  if (who === 'anonymous') return 401;
  if (!sees(who, cls)) return 404;
  if (isOutsider(who)) return 403;
  return 200;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const accessOf = (cls: Cls) =>
  ({
    public: { classification: 'public' },
    mission: { classification: 'mission' },
    sharedId: { classification: 'shared', sharedWith: { parties: ['ID'] } },
    sharedSco: { classification: 'shared', sharedWith: { organizations: [t.sco.id] } },
    // Created by staff2, who is added to restrictedTo automatically.
    restricted: { classification: 'restricted' },
  })[cls];
const ownerOf = (cls: Cls): Who => (cls === 'restricted' ? 'staff2' : 'staff');

type Resource = {
  label: string;
  path: string;
  table: typeof organizations | typeof people;
  /** The column that holds the (English) name. */
  nameField: 'nameEn' | 'fullName';
  /** The name as the API takes and gives it. */
  named: (name: string) => Record<string, unknown>;
  body: (name: string) => Record<string, unknown>;
};
const RESOURCES: Resource[] = [
  { label: 'organisations', path: '/api/organizations', table: organizations, nameField: 'nameEn', named: (name) => ({ names: { en: name } }), body: (name) => ({ names: { en: name }, kind: 'agency' }) },
  { label: 'people', path: '/api/people', table: people, nameField: 'fullName', named: (name) => ({ fullName: name }), body: (name) => ({ fullName: name }) },
];

async function createAs(r: Resource, cls: Cls, name: string): Promise<string> {
  const res = await t.as(ownerOf(cls), 'POST', r.path, { ...r.body(name), ...accessOf(cls) });
  return expectStatus(res, 201).id;
}

async function rowOf(r: Resource, id: string) {
  const [row] = await t.db.select().from(r.table).where(eq(r.table.id, id));
  return row as (typeof organizations.$inferSelect | typeof people.$inferSelect) & Record<string, unknown>;
}

describe.each(RESOURCES.map((r) => [r.label, r] as const))('%s, role by classification', (_label, r) => {
  const fixture = {} as Record<Cls, string>;
  let tag: string;
  beforeAll(async () => {
    tag = token();
    for (const cls of CLASSES) fixture[cls] = await createAs(r, cls, `${tag} ${cls}`);
  });

  it.each(ROLES.map((r) => [r.label, r.reads, r] as const))('%s lists, counts, finds and opens only %s', async (_label, _reads, { who, sees: visible }) => {
    const all = await walkList(t, who, r.path, 100);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    expect(all.totals.every((n) => n === all.ids.length)).toBe(true);
    const notFound = expectProblem(await t.as(who, 'GET', `${r.path}/${unknownId()}`), 404);

    for (const cls of CLASSES) {
      const id = fixture[cls];
      const shouldSee = visible.includes(cls);
      expect(all.ids.includes(id), `${who} list / ${cls}`).toBe(shouldSee);

      const detail = await t.as(who, 'GET', `${r.path}/${id}`);
      if (shouldSee) {
        expect(expectStatus(detail, 200)).toMatchObject({ id, ...r.named(`${tag} ${cls}`) });
      } else {
        expect(withoutInstance(expectProblem(detail, 404)), `${who} detail / ${cls}`).toEqual(withoutInstance(notFound));
      }

      const found = expectStatus(await t.as(who, 'GET', `${r.path}?q=${encodeURIComponent(`${tag} ${cls}`)}`), 200);
      expect(found.total, `${who} search total / ${cls}`).toBe(shouldSee ? 1 : 0);
      expect(found.items.map((i: Body) => i.id)).toEqual(shouldSee ? [id] : []);
    }

    const counted = expectStatus(await t.as(who, 'GET', `${r.path}?q=${tag}`), 200);
    expect(counted.total).toBe(visible.length);
    expect(counted.items.map((i: Body) => i.id).sort()).toEqual(visible.map((c) => fixture[c]).sort());
  });

  it.each(ROLES.map((r) => [r.label, r.writes, r.who] as const))('%s %s', async (_label, _writes, who) => {
    for (const cls of CLASSES) {
      const expected = writeOutcome(who, cls);
      // One record per case, taken through the three changes in turn.
      const id = await createAs(r, cls, `write ${cls}`);

      const edit = await t.as(who, 'PATCH', `${r.path}/${id}`, r.named(`renamed by ${who}`));
      expect(edit.statusCode, `${who} edits ${cls}: ${edit.body}`).toBe(expected);
      expect((await rowOf(r, id))[r.nameField]).toBe(expected === 200 ? `renamed by ${who}` : `write ${cls}`);

      const archive = await t.as(who, 'POST', `${r.path}/${id}/archive`);
      expect(archive.statusCode, `${who} archives ${cls}: ${archive.body}`).toBe(expected);
      expect((await rowOf(r, id)).archivedAt !== null).toBe(expected === 200);

      const next = cls === 'public' ? 'mission' : 'public';
      const classify = await t.as(who, 'PATCH', `${r.path}/${id}`, { classification: next });
      expect(classify.statusCode, `${who} reclassifies ${cls}: ${classify.body}`).toBe(expected);
      const row = await rowOf(r, id);
      expect(row.classification).toBe(expected === 200 ? next : cls.startsWith('shared') ? 'shared' : cls);
      // A refused change leaves who may see the record as it was.
      if (expected !== 200) expect(row.restrictedTo).toEqual(cls === 'restricted' ? [t.users.staff2.id] : []);

      if (expected !== 200) {
        for (const res of [edit, archive, classify]) expectProblem(res, expected);
      }
    }
  });
});

describe('parties and delegations follow the same table', () => {
  let partyIds: Record<'mission' | 'sharedVn' | 'public', string>;
  let delegationIds: Record<'restricted' | 'sharedId', string>;
  beforeAll(async () => {
    const party = async (who: Who, code: string, access: Record<string, unknown>) =>
      expectStatus(await t.as(who, 'POST', '/api/parties', { code, names: { en: `Party ${code}` }, kind: 'other', ...access }), 201).id as string;
    partyIds = {
      mission: await party('staff', 'QM', { classification: 'mission' }),
      sharedVn: await party('staff', 'QV', { classification: 'shared', sharedWith: { parties: ['VN'] } }),
      public: await party('staff', 'QP', { classification: 'public' }),
    };
    const delegation = async (who: Who, name: string, access: Record<string, unknown>) =>
      expectStatus(await t.as(who, 'POST', '/api/delegations', { partyCode: 'ID', names: { en: name }, ...access }), 201).id as string;
    delegationIds = {
      restricted: await delegation('staff2', 'Restricted delegation', { classification: 'restricted' }),
      sharedId: await delegation('staff', 'Delegation shared with Indonesia', { classification: 'shared', sharedWith: { parties: ['ID'] } }),
    };
  });

  it.each([
    ['anonymous', 'public'],
    ['delegateId', 'public'],
    ['delegateVn', 'public, sharedVn'],
    ['liaisonSco', 'public'],
    ['staff', 'mission, public, sharedVn'],
    ['head', 'mission, public, sharedVn'],
  ] as [Who, string][])('a party is visible to %s only when it is one of: %s', async (who, expected) => {
    const visible = expected.split(', ');
    const list = itemIds(await t.as(who, 'GET', '/api/parties?limit=100'));
    for (const [cls, id] of Object.entries(partyIds)) {
      expect(list.includes(id), `${who} / ${cls}`).toBe(visible.includes(cls));
      expect((await t.as(who, 'GET', `/api/parties/${id}`)).statusCode).toBe(visible.includes(cls) ? 200 : 404);
    }
  });

  it.each([
    ['staff', ['sharedId']],
    ['staff2', ['restricted', 'sharedId']],
    ['head', ['restricted', 'sharedId']],
    ['delegateId', ['sharedId']],
    ['delegateVn', []],
    ['anonymous', []],
  ] as [Who, string[]][])('of a delegation restricted to staff2 and one shared with Indonesia, %s sees %j', async (who, expected) => {
    const list = itemIds(await t.as(who, 'GET', '/api/delegations?limit=100'));
    for (const [cls, id] of Object.entries(delegationIds)) {
      expect(list.includes(id), `${who} / ${cls}`).toBe(expected.includes(cls));
      expect((await t.as(who, 'GET', `/api/delegations/${id}`)).statusCode).toBe(expected.includes(cls) ? 200 : 404);
    }
  });

  it('a delegate cannot edit a delegation shared with them, and staff cannot touch one restricted to someone else', async () => {
    expectProblem(await t.as('delegateId', 'PATCH', `/api/delegations/${delegationIds.sharedId}`, { names: { en: 'Taken over' } }), 403);
    expectProblem(await t.as('staff', 'PATCH', `/api/delegations/${delegationIds.restricted}`, { names: { en: 'Taken over' } }), 404);
    expectProblem(await t.as('delegateVn', 'POST', `/api/parties/${partyIds.sharedVn}/archive`), 403);
    const rows = await t.db.select({ name: delegations.nameEn }).from(delegations).where(eq(delegations.id, delegationIds.sharedId));
    expect(rows[0].name).toBe('Delegation shared with Indonesia');
    const [party] = await t.db.select({ archivedAt: parties.archivedAt }).from(parties).where(eq(parties.id, partyIds.sharedVn));
    expect(party.archivedAt).toBeNull();
  });
});

describe('classification rules', () => {
  it('a restricted record answers a user not named on it exactly as a record that does not exist', async () => {
    const id = expectStatus(await t.as('staff2', 'POST', '/api/organizations', { names: { en: 'Sealed unit' }, kind: 'other', classification: 'restricted' }), 201).id;
    const missing = unknownId();
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['PATCH', '', { names: { en: 'x' } }],
      ['POST', '/archive', undefined],
      ['POST', '/restore', undefined],
    ] as const) {
      const hidden = expectProblem(await t.as('staff', method, `/api/organizations/${id}${suffix}`, body), 404);
      const absent = expectProblem(await t.as('staff', method, `/api/organizations/${missing}${suffix}`, body), 404);
      expect(hidden.instance).toBe(`/api/organizations/${id}${suffix}`);
      expect(withoutInstance(hidden)).toEqual(withoutInstance(absent));
    }
  });

  it('delegates and liaison officers cannot create directory records, even shared with their own side', async () => {
    const cases: [Who, string, Record<string, unknown>][] = [
      ['delegateId', '/api/organizations', { names: { en: 'Delegate org' }, kind: 'other', classification: 'shared', sharedWith: { parties: ['ID'] } }],
      ['delegateId', '/api/people', { fullName: 'Delegate person' }],
      ['delegateVn', '/api/parties', { code: 'QD', names: { en: 'Delegate party' }, kind: 'other', classification: 'shared', sharedWith: { parties: ['VN'] } }],
      ['liaisonSco', '/api/delegations', { partyCode: 'ID', names: { en: 'Liaison delegation' }, classification: 'shared', sharedWith: { organizations: [t.sco.id] } }],
      ['liaisonSco', '/api/organizations', { names: { en: 'Liaison org' }, kind: 'other' }],
    ];
    for (const [who, path, body] of cases) {
      const p = expectProblem(await t.as(who, 'POST', path, body), 403);
      expect(p.code).toMatch(/\.create_forbidden$/);
    }
    expectProblem(await t.as('anonymous', 'POST', '/api/organizations', { names: { en: 'Anonymous org' }, kind: 'other', classification: 'public' }), 401, { code: 'auth.required' });
    const search = expectStatus(await t.as('head', 'GET', '/api/organizations?q=org&archived=include'), 200);
    expect(search.items.map((o: Body) => o.names.en)).not.toContain('Delegate org');
    expect(search.items.map((o: Body) => o.names.en)).not.toContain('Liaison org');
    expect(search.items.map((o: Body) => o.names.en)).not.toContain('Anonymous org');
  });

  it('a delegate cannot change who may see a record shared with their country', async () => {
    const id = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Shared contact', classification: 'shared', sharedWith: { parties: ['ID'] } }), 201).id;
    expectProblem(await t.as('delegateId', 'PATCH', `/api/people/${id}`, { classification: 'public' }), 403);
    expectProblem(await t.as('delegateId', 'PATCH', `/api/people/${id}`, { sharedWith: { parties: ['ID', 'VN'] } }), 403);
    const row = await rowOf(RESOURCES[1], id);
    expect(row).toMatchObject({ classification: 'shared', sharedParties: ['ID'] });
    const seen = expectStatus(await t.as('delegateId', 'GET', `/api/people/${id}`), 200);
    expect(seen.abilities).toEqual({ update: false, archive: false, classify: false });
  });

  it('staff who restrict a record stay on it; the head of mission needs no naming', async () => {
    const byStaff = expectStatus(
      await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Staff restricted' }, kind: 'other', classification: 'restricted', restrictedTo: [t.users.staff2.id] }),
      201,
    );
    expect([...byStaff.restrictedTo].sort()).toEqual([t.users.staff.id, t.users.staff2.id].sort());
    expect(expectStatus(await t.as('staff', 'GET', `/api/organizations/${byStaff.id}`), 200).abilities).toEqual({ update: true, archive: true, classify: true });
    expectProblem(await t.as('admin', 'GET', `/api/organizations/${byStaff.id}`), 404);

    const byHead = expectStatus(await t.as('head', 'POST', '/api/organizations', { names: { en: 'Head restricted' }, kind: 'other', classification: 'restricted' }), 201);
    expect(byHead.restrictedTo).toEqual([]);
    expectProblem(await t.as('staff', 'GET', `/api/organizations/${byHead.id}`), 404);

    const reclassified = expectStatus(
      await t.as('staff', 'POST', '/api/people', { fullName: 'To be restricted', classification: 'mission' }),
      201,
    );
    const after = expectStatus(await t.as('staff', 'PATCH', `/api/people/${reclassified.id}`, { classification: 'restricted', restrictedTo: [t.users.staff2.id] }), 200);
    expect([...after.restrictedTo].sort()).toEqual([t.users.staff.id, t.users.staff2.id].sort());
  });

  it('a shared record with nobody to share with is refused, naming sharedWith', async () => {
    for (const body of [
      { names: { en: 'Shared with nobody' }, kind: 'other', classification: 'shared' },
      { names: { en: 'Shared with nobody' }, kind: 'other', classification: 'shared', sharedWith: { parties: [], organizations: [] } },
    ]) {
      expectProblem(await t.as('staff', 'POST', '/api/organizations', body), 400, { code: 'access.shared_with_nobody', field: 'sharedWith' });
    }
    const id = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Mission only' }, kind: 'other' }), 201).id;
    expectProblem(await t.as('staff', 'PATCH', `/api/organizations/${id}`, { classification: 'shared' }), 400, { field: 'sharedWith' });
    expect((await rowOf(RESOURCES[0], id)).classification).toBe('mission');
    const none = expectStatus(await t.as('head', 'GET', '/api/organizations?q=shared with nobody&archived=include'), 200);
    expect(none.total).toBe(0);
  });

  it('a restricted record can be opened only to mission staff, and sharing names only real parties and organisations', async () => {
    for (const who of ['delegateId', 'liaisonSco'] as const) {
      expectProblem(
        await t.as('staff', 'POST', '/api/people', { fullName: 'Restricted to an outsider', classification: 'restricted', restrictedTo: [t.users[who].id] }),
        400,
        { code: 'access.restricted_to_outsider', field: 'restrictedTo' },
      );
    }
    expectProblem(await t.as('staff', 'POST', '/api/people', { fullName: 'Restricted to nobody known', classification: 'restricted', restrictedTo: [unknownId()] }), 400, {
      field: 'restrictedTo',
    });
    expectProblem(await t.as('staff', 'POST', '/api/people', { fullName: 'Shared with XX', classification: 'shared', sharedWith: { parties: ['XX'] } }), 400, {
      field: 'sharedWith.parties',
    });
    expectProblem(
      await t.as('staff', 'POST', '/api/people', { fullName: 'Shared with a ghost', classification: 'shared', sharedWith: { organizations: [unknownId()] } }),
      400,
      { field: 'sharedWith.organizations' },
    );
    const none = expectStatus(await t.as('head', 'GET', '/api/people?q=restricted to&archived=include'), 200);
    expect(none.total).toBe(0);
  });

  it("a person's posts at an organisation the viewer cannot see are left out, and kept when the viewer edits the posts", async () => {
    const org = async (who: Who, nameEn: string, access: Record<string, unknown>) =>
      expectStatus(await t.as(who, 'POST', '/api/organizations', { names: { en: nameEn }, kind: 'government_ministry', ...access }), 201).id as string;
    const publicOrg = await org('staff', 'Ministry of Open Affairs', { classification: 'public' });
    const scoOrg = await org('staff', 'Shared with SCO ministry', { classification: 'shared', sharedWith: { organizations: [t.sco.id] } });
    const hiddenOrg = await org('staff2', 'Sealed ministry', { classification: 'restricted' });
    const person = expectStatus(
      await t.as('staff2', 'POST', '/api/people', {
        fullName: 'Posted Person',
        classification: 'public',
        posts: [
          { organizationId: publicOrg, title: 'Director', fromDate: '2020-01-01' },
          { organizationId: scoOrg, title: 'Adviser', fromDate: '2019-01-01' },
          { organizationId: hiddenOrg, title: 'Secret envoy', fromDate: '2021-01-01' },
        ],
      }),
      201,
    );
    const postOrgs = async (who: Who) =>
      (expectStatus(await t.as(who, 'GET', `/api/people/${person.id}`), 200).posts as Body[]).map((p) => p.organizationId).sort();
    expect(await postOrgs('staff2')).toEqual([publicOrg, scoOrg, hiddenOrg].sort());
    expect(await postOrgs('head')).toEqual([publicOrg, scoOrg, hiddenOrg].sort());
    expect(await postOrgs('staff')).toEqual([publicOrg, scoOrg].sort());
    expect(await postOrgs('liaisonSco')).toEqual([publicOrg, scoOrg].sort());
    expect(await postOrgs('delegateId')).toEqual([publicOrg]);
    expect(await postOrgs('anonymous')).toEqual([publicOrg]);

    const listed = expectStatus(await t.as('staff', 'GET', '/api/people?q=posted person'), 200);
    expect(listed.items[0].posts.map((p: Body) => p.organizationId).sort()).toEqual([publicOrg, scoOrg].sort());

    // Nobody learns who works at a hidden organisation by filtering on it.
    for (const who of ['staff', 'admin', 'delegateId', 'anonymous'] as Who[]) {
      const byOrg = expectStatus(await t.as(who, 'GET', `/api/people?organizationId=${hiddenOrg}`), 200);
      expect(byOrg).toMatchObject({ items: [], total: 0 });
    }
    expect(itemIds(await t.as('staff2', 'GET', `/api/people?organizationId=${hiddenOrg}`))).toEqual([person.id]);
    expect(itemIds(await t.as('delegateId', 'GET', `/api/people?organizationId=${publicOrg}`))).toEqual([person.id]);

    // Staff replace the posts they can see; the hidden one stays.
    expectStatus(await t.as('staff', 'PATCH', `/api/people/${person.id}`, { posts: [{ organizationId: publicOrg, title: 'Director-General' }] }), 200);
    const after = expectStatus(await t.as('staff2', 'GET', `/api/people/${person.id}`), 200);
    expect(after.posts.map((p: Body) => `${p.title}@${p.organizationId}`).sort()).toEqual([`Director-General@${publicOrg}`, `Secret envoy@${hiddenOrg}`].sort());

    // A post cannot point at an organisation the writer cannot see.
    expectProblem(await t.as('staff', 'POST', '/api/people', { fullName: 'Another envoy', posts: [{ organizationId: hiddenOrg, title: 'Envoy' }] }), 400, {
      field: 'posts.0.organizationId',
    });
  });

  it("an organisation's parent hidden from the viewer shows as parent: null", async () => {
    const parent = expectStatus(await t.as('staff2', 'POST', '/api/organizations', { names: { en: 'Hidden parent' }, kind: 'government_ministry', classification: 'restricted' }), 201);
    const child = expectStatus(
      await t.as('staff2', 'POST', '/api/organizations', { names: { en: 'Open child unit' }, kind: 'agency', classification: 'public', parentId: parent.id }),
      201,
    );
    expect(child.parent).toMatchObject({ id: parent.id, names: { en: 'Hidden parent' } });
    for (const who of ['staff', 'admin', 'delegateId', 'liaisonSco', 'anonymous'] as Who[]) {
      const seen = expectStatus(await t.as(who, 'GET', `/api/organizations/${child.id}`), 200);
      expect(seen.parent, who).toBeNull();
      expect(seen.parentId, who).toBeNull();
      expect(JSON.stringify(seen)).not.toContain('Hidden parent');
      expect(JSON.stringify(seen)).not.toContain(parent.id);
      const listed = expectStatus(await t.as(who, 'GET', '/api/organizations?q=open child unit'), 200);
      expect(listed.items[0]).toMatchObject({ parent: null, parentId: null });
    }
    expect(expectStatus(await t.as('head', 'GET', `/api/organizations/${child.id}`), 200)).toMatchObject({ parentId: parent.id, parent: { id: parent.id } });
    // Staff who cannot see the parent may still edit the unit; the parent stays.
    expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${child.id}`, { acronym: 'OCU' }), 200);
    expect(expectStatus(await t.as('staff2', 'GET', `/api/organizations/${child.id}`), 200).parentId).toBe(parent.id);
    // Nor can a hidden organisation be chosen as a parent.
    expectProblem(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Would-be child' }, kind: 'agency', parentId: parent.id }), 400, { field: 'parentId' });
  });

  it('each record tells the viewer which buttons will work', async () => {
    const shared = expectStatus(
      await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Abilities check' }, kind: 'other', classification: 'shared', sharedWith: { parties: ['ID'] } }),
      201,
    );
    const abilities = async (who: Who) => expectStatus(await t.as(who, 'GET', `/api/organizations/${shared.id}`), 200).abilities;
    const all = { update: true, archive: true, classify: true };
    const none = { update: false, archive: false, classify: false };
    expect(await abilities('staff')).toEqual(all);
    expect(await abilities('admin')).toEqual(all);
    expect(await abilities('head')).toEqual(all);
    expect(await abilities('delegateId')).toEqual(none);
  });

  it('renaming a record leaves who may see it unchanged', async () => {
    const pub = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Public before rename' }, kind: 'other', classification: 'public' }), 201);
    const renamed = expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${pub.id}`, { names: { en: 'Public after rename' } }), 200);
    expect(renamed.classification).toBe('public');
    expectStatus(await t.as('anonymous', 'GET', `/api/organizations/${pub.id}`), 200);

    const secret = expectStatus(await t.as('staff2', 'POST', '/api/people', { fullName: 'Restricted before rename', classification: 'restricted' }), 201);
    expectStatus(await t.as('staff2', 'PATCH', `/api/people/${secret.id}`, { notes: 'A note' }), 200);
    const row = await rowOf(RESOURCES[1], secret.id);
    expect(row).toMatchObject({ classification: 'restricted', restrictedTo: [t.users.staff2.id] });
    expectProblem(await t.as('staff', 'GET', `/api/people/${secret.id}`), 404);
  });
});
