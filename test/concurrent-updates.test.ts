// Two colleagues editing one record at once: both changes kept, each audited once, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Entry = { seq: number; action: string; changes: Record<string, { before?: unknown; after?: unknown }> };

/** The audit entries of one record, oldest first. */
async function trail(recordType: string, recordId: string): Promise<Entry[]> {
  const page = expectStatus(await t.as('admin', 'GET', `/api/audit?recordType=${recordType}&recordId=${recordId}&limit=200`), 200);
  return [...page.items].reverse();
}

/**
 * Replays the entries in order: every "before" must be the value the record
 * had after the entries preceding it. Returns the values the trail ends with.
 */
function replay(entries: Entry[]) {
  const state: Record<string, unknown> = {};
  for (const e of entries) {
    for (const [field, change] of Object.entries(e.changes)) {
      if (field in state) expect(change.before ?? null, `entry ${e.seq} (${e.action}), field ${field}`).toEqual(state[field]);
      state[field] = change.after ?? null;
    }
  }
  return state;
}

/** Sends the two requests at the same moment and waits for both. */
const together = (...requests: Promise<{ statusCode: number; body: string }>[]) => Promise.all(requests);

type Kind = {
  name: string;
  recordType: string;
  field: string;
  /** The value a PATCH sends for `text` (names are objects keyed by language). */
  value?: (text: string) => unknown;
  create: () => Promise<{ id: string; url: string }>;
};

const kinds: Kind[] = [
  {
    name: 'an organisation',
    recordType: 'organization',
    field: 'names',
    value: (en) => ({ en }),
    create: async () => {
      const o = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Centre for Biodiversity' }, acronym: 'ACB', kind: 'agency' }), 201);
      return { id: o.id, url: `/api/organizations/${o.id}` };
    },
  },
  {
    name: 'a person',
    recordType: 'person',
    field: 'fullName',
    create: async () => {
      const p = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Siti Rahma' }), 201);
      return { id: p.id, url: `/api/people/${p.id}` };
    },
  },
  {
    name: 'a party',
    recordType: 'party',
    field: 'names',
    value: (en) => ({ en }),
    create: async () => {
      const p = expectStatus(await t.as('staff', 'POST', '/api/parties', { code: 'LA', names: { en: 'Lao PDR' }, kind: 'member_state' }), 201);
      return { id: p.id, url: `/api/parties/${p.id}` };
    },
  },
  {
    name: 'a delegation',
    recordType: 'delegation',
    field: 'names',
    value: (en) => ({ en }),
    create: async () => {
      const d = expectStatus(await t.as('staff', 'POST', '/api/delegations', { partyCode: 'ID', names: { en: 'Delegation of Indonesia' } }), 201);
      return { id: d.id, url: `/api/delegations/${d.id}` };
    },
  },
  {
    name: 'a body',
    recordType: 'body',
    field: 'names',
    value: (en) => ({ en }),
    create: async () => {
      const b = expectStatus(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'Joint Cooperation Committee' }, kind: 'joint_committee' }), 201);
      return { id: b.id, url: `/api/bodies/${b.id}` };
    },
  },
  {
    name: 'a work plan line',
    recordType: 'work_plan_line',
    field: 'title',
    create: async () => {
      const b = expectStatus(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'Working Group on Energy' }, kind: 'working_group' }), 201);
      const line = expectStatus(await t.as('staff', 'POST', `/api/bodies/${b.id}/work-plan`, { code: '1.1', title: 'Grid interconnection study' }), 201);
      return { id: line.id, url: `/api/bodies/${b.id}/work-plan/${line.id}` };
    },
  },
];

describe('two colleagues editing one record at the same moment', () => {
  it('both changes to different fields of an organisation survive, and the trail replays to the record', async () => {
    const org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Centre for Energy' }, acronym: 'ACE', kind: 'agency' }), 201);
    for (const round of [1, 2, 3]) {
      const [a, b] = await together(
        t.as('staff', 'PATCH', `/api/organizations/${org.id}`, { names: { en: `ASEAN Centre for Energy ${round}` } }),
        t.as('staff2', 'PATCH', `/api/organizations/${org.id}`, { acronym: `ACE${round}` }),
      );
      expect(a.statusCode, a.body).toBe(200);
      expect(b.statusCode, b.body).toBe(200);
      const now = expectStatus(await t.as('staff', 'GET', `/api/organizations/${org.id}`), 200);
      expect(now).toMatchObject({ names: { en: `ASEAN Centre for Energy ${round}` }, acronym: `ACE${round}` });
    }
    const entries = await trail('organization', org.id);
    expect(entries.map((e) => e.action)).toEqual(['organization.create', ...Array(6).fill('organization.update')]);
    for (const e of entries.slice(1)) expect(Object.keys(e.changes).filter((f) => f !== 'names' && f !== 'acronym')).toEqual([]);
    expect(replay(entries)).toMatchObject({ names: { en: 'ASEAN Centre for Energy 3' }, acronym: 'ACE3' });
  });

  for (const kind of kinds) {
    it(`the later of two changes to one field of ${kind.name} records the earlier one's value as its "before"`, async () => {
      const { id, url } = await kind.create();
      const [a, b] = await together(
        t.as('staff', 'PATCH', url, { [kind.field]: kind.value ? kind.value('First edit') : 'First edit' }),
        t.as('staff2', 'PATCH', url, { [kind.field]: kind.value ? kind.value('Second edit') : 'Second edit' }),
      );
      expect(a.statusCode, a.body).toBe(200);
      expect(b.statusCode, b.body).toBe(200);
      const entries = await trail(kind.recordType, id);
      expect(entries.map((e) => e.action)).toEqual([`${kind.recordType}.create`, `${kind.recordType}.update`, `${kind.recordType}.update`]);
      const [, first, second] = entries;
      expect(second.changes[kind.field].before).toEqual(first.changes[kind.field].after);
      const final = replay(entries)[kind.field];
      expect(final).toEqual(second.changes[kind.field].after);
      const current: Body =
        kind.recordType === 'work_plan_line'
          ? expectStatus(await t.as('staff', 'GET', url.replace(/\/[^/]+$/, '')), 200).items.find((l: Body) => l.id === id)
          : expectStatus(await t.as('staff', 'GET', url), 200);
      expect(current[kind.field]).toEqual(final);
    });
  }

  it('archiving an organisation twice at once archives it once, and so does restoring it', async () => {
    const org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Coordinating Centre for Humanitarian Assistance' }, kind: 'agency' }), 201);
    for (const verb of ['archive', 'restore']) {
      const [a, b] = await together(t.as('staff', 'POST', `/api/organizations/${org.id}/${verb}`), t.as('staff2', 'POST', `/api/organizations/${org.id}/${verb}`));
      expect(a.statusCode, a.body).toBe(200);
      expect(b.statusCode, b.body).toBe(200);
    }
    const entries = await trail('organization', org.id);
    expect(entries.map((e) => e.action)).toEqual(['organization.create', 'organization.archive', 'organization.restore']);
    expect(replay(entries).archivedAt).toBeNull();
  });

  it('a person archived while being renamed ends up archived and renamed, each in the trail once', async () => {
    const p = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Nguyen Van An' }), 201);
    const [a, b] = await together(t.as('staff', 'POST', `/api/people/${p.id}/archive`), t.as('staff2', 'PATCH', `/api/people/${p.id}`, { fullName: 'Nguyễn Văn An' }));
    expect(a.statusCode, a.body).toBe(200);
    expect(b.statusCode, b.body).toBe(200);
    const now = expectStatus(await t.as('staff', 'GET', `/api/people/${p.id}`), 200);
    expect(now.fullName).toBe('Nguyễn Văn An');
    expect(now.archivedAt).not.toBeNull();
    const entries = await trail('person', p.id);
    expect(entries.map((e) => e.action).sort()).toEqual(['person.archive', 'person.create', 'person.update']);
    expect(replay(entries)).toMatchObject({ fullName: 'Nguyễn Văn An' });
  });
});
