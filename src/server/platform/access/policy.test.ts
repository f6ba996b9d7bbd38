// Proves the access policy's SQL predicate and in-memory rule agree for every kind of viewer and record.
import { randomUUID } from 'node:crypto';
import { and, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/database.ts';
import type { Classification, Role } from '../../../shared/common.ts';
import type { Database } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import { type RequestContext, systemContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { accessForCreate, accessForUpdate } from './access-input.ts';
import { type ClassifiedRecord, type ResourcePolicy, type WriteAction, allowedClassifications, can, canSee, visibleTo } from './policy.ts';

/**
 * The SQL predicate (`visibleTo`) and the in-memory rule (`canSee`) must agree
 * on every row for every kind of viewer, and both must match the access table.
 */

const SCO = randomUUID();
const OTHER_ORG = randomUUID();
const STAFF = randomUUID();
const STAFF2 = randomUUID();

const viewer = (role: Role, extra: { id?: string; partyCode?: string | null; organizationId?: string | null } = {}): RequestContext => ({
  viewer: {
    id: extra.id ?? randomUUID(),
    email: `${role}@policy.example`,
    displayName: role,
    role,
    language: 'en',
    partyCode: extra.partyCode ?? null,
    organizationId: extra.organizationId ?? null,
  },
  requestId: null,
  ip: null,
});

const VIEWERS: Record<string, RequestContext> = {
  anonymous: { viewer: null, requestId: null, ip: null },
  system: systemContext('policy test'),
  head: viewer('head'),
  admin: viewer('admin'),
  staff: viewer('staff', { id: STAFF }),
  staff2: viewer('staff', { id: STAFF2 }),
  delegateId: viewer('delegate', { partyCode: 'ID' }),
  delegateVn: viewer('delegate', { partyCode: 'VN' }),
  delegateWithoutParty: viewer('delegate'),
  liaisonSco: viewer('liaison', { organizationId: SCO }),
  liaisonOther: viewer('liaison', { organizationId: OTHER_ORG }),
  liaisonWithoutOrganisation: viewer('liaison'),
};

type Row = ClassifiedRecord & { key: string };
const row = (key: string, classification: Classification, r: Partial<ClassifiedRecord> = {}): Row => ({
  key,
  classification,
  sharedParties: r.sharedParties ?? [],
  sharedOrganizations: r.sharedOrganizations ?? [],
  restrictedTo: r.restrictedTo ?? [],
});

/** Every combination worth telling apart, including stale sharing lists left on non-shared records. */
const ROWS: Row[] = [
  row('public', 'public'),
  row('mission', 'mission'),
  row('sharedId', 'shared', { sharedParties: ['ID'] }),
  row('sharedSco', 'shared', { sharedOrganizations: [SCO] }),
  row('sharedIdVnSco', 'shared', { sharedParties: ['ID', 'VN'], sharedOrganizations: [SCO] }),
  row('restricted', 'restricted', { restrictedTo: [STAFF2] }),
  row('restrictedBoth', 'restricted', { restrictedTo: [STAFF, STAFF2] }),
  row('restrictedNobody', 'restricted'),
  row('missionWithStaleSharing', 'mission', { sharedParties: ['ID'], sharedOrganizations: [SCO] }),
  row('restrictedWithStaleSharing', 'restricted', { sharedParties: ['ID'], sharedOrganizations: [SCO], restrictedTo: [STAFF2] }),
  row('publicWithRestrictedTo', 'public', { restrictedTo: [STAFF2] }),
];

/** The access table, written out by hand. */
const EXPECTED: Record<keyof typeof VIEWERS, string[]> = {
  anonymous: ['public', 'publicWithRestrictedTo'],
  system: ROWS.map((r) => r.key),
  head: ROWS.map((r) => r.key),
  admin: ['public', 'mission', 'sharedId', 'sharedSco', 'sharedIdVnSco', 'missionWithStaleSharing', 'publicWithRestrictedTo'],
  staff: ['public', 'mission', 'sharedId', 'sharedSco', 'sharedIdVnSco', 'restrictedBoth', 'missionWithStaleSharing', 'publicWithRestrictedTo'],
  staff2: ['public', 'mission', 'sharedId', 'sharedSco', 'sharedIdVnSco', 'restricted', 'restrictedBoth', 'missionWithStaleSharing', 'restrictedWithStaleSharing', 'publicWithRestrictedTo'],
  delegateId: ['public', 'sharedId', 'sharedIdVnSco', 'publicWithRestrictedTo'],
  delegateVn: ['public', 'sharedIdVnSco', 'publicWithRestrictedTo'],
  delegateWithoutParty: ['public', 'publicWithRestrictedTo'],
  liaisonSco: ['public', 'sharedSco', 'sharedIdVnSco', 'publicWithRestrictedTo'],
  liaisonOther: ['public', 'publicWithRestrictedTo'],
  liaisonWithoutOrganisation: ['public', 'publicWithRestrictedTo'],
};

let database: Database;
const idOfKey = new Map<string, string>();
const keyOfId = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase();
  const inserted = await database.db
    .insert(organizations)
    .values(ROWS.map(({ key, ...access }) => ({ ...access, names: { en: key }, kind: 'other' as const })))
    .returning({ id: organizations.id, nameEn: organizations.nameEn });
  for (const r of inserted) {
    idOfKey.set(r.nameEn, r.id);
    keyOfId.set(r.id, r.nameEn);
  }
});
afterAll(async () => database?.close());

describe('visibleTo and canSee', () => {
  it.each(Object.keys(VIEWERS))('agree with each other and with the access table for %s', async (name) => {
    const ctx = VIEWERS[name];
    const rows = await database.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(inArray(organizations.id, [...idOfKey.values()]), visibleTo(ctx, organizations)));
    const bySql = rows.map((r) => keyOfId.get(r.id)!).sort();
    const inMemory = ROWS.filter((r) => canSee(ctx, r))
      .map((r) => r.key)
      .sort();
    expect(bySql).toEqual(inMemory);
    expect(bySql).toEqual([...EXPECTED[name]].sort());
  });
});

describe('can', () => {
  const directory: ResourcePolicy = { type: 'organization', externalContributors: false };
  const openToContributors: ResourcePolicy = { type: 'position', externalContributors: true };
  const byKey = (key: string) => ROWS.find((r) => r.key === key)!;
  const ACTIONS: WriteAction[] = ['update', 'archive', 'classify'];

  it.each(Object.keys(VIEWERS))('lets %s change only directory records it can see, and only if it belongs to the mission', (name) => {
    const ctx = VIEWERS[name];
    const mission = ['head', 'admin', 'staff', 'staff2', 'system'].includes(name);
    for (const r of ROWS) {
      for (const action of ACTIONS) {
        expect(can(ctx, action, directory, r), `${name} ${action} ${r.key}`).toBe(mission && canSee(ctx, r));
      }
    }
  });

  it('lets an outside contributor edit, but never reclassify, a record shared with their own side', () => {
    const d = VIEWERS.delegateId;
    expect(can(d, 'update', openToContributors, byKey('sharedId'))).toBe(true);
    expect(can(d, 'archive', openToContributors, byKey('sharedIdVnSco'))).toBe(true);
    expect(can(d, 'classify', openToContributors, byKey('sharedId'))).toBe(false);
    expect(can(d, 'update', openToContributors, byKey('public'))).toBe(false);
    expect(can(d, 'update', openToContributors, byKey('sharedSco'))).toBe(false);
    expect(can(VIEWERS.liaisonSco, 'update', openToContributors, byKey('sharedSco'))).toBe(true);
    expect(can(VIEWERS.liaisonOther, 'update', openToContributors, byKey('sharedSco'))).toBe(false);
    expect(can(VIEWERS.delegateWithoutParty, 'update', openToContributors, byKey('sharedId'))).toBe(false);
  });

  it('lets an outside contributor create only shared records that include their own side', () => {
    const d = VIEWERS.delegateId;
    expect(allowedClassifications(d, openToContributors)).toEqual(['shared']);
    expect(can(d, 'create', openToContributors, byKey('sharedId'))).toBe(true);
    expect(can(d, 'create', openToContributors, byKey('sharedSco'))).toBe(false);
    expect(can(d, 'create', openToContributors, byKey('public'))).toBe(false);
    expect(can(d, 'create', directory, byKey('sharedId'))).toBe(false);
    expect(allowedClassifications(d, directory)).toEqual([]);
    expect(allowedClassifications(VIEWERS.anonymous, directory)).toEqual([]);
    expect(can(VIEWERS.anonymous, 'create', directory, byKey('public'))).toBe(false);
    for (const name of ['head', 'admin', 'staff']) {
      expect(allowedClassifications(VIEWERS[name], directory)).toEqual(['public', 'mission', 'shared', 'restricted']);
      for (const r of ROWS) expect(can(VIEWERS[name], 'create', directory, r)).toBe(true);
    }
  });
});

describe('access fields of a new or changed record', () => {
  const directory: ResourcePolicy = { type: 'organization', externalContributors: false };
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof AppError ? `${e.status} ${e.code} ${e.errors?.map((x) => x.field).join(',') ?? ''}`.trim() : 'other';
    }
    return 'ok';
  };

  it('defaults to mission and drops sharing lists that do not apply to the classification', () => {
    expect(accessForCreate(VIEWERS.staff, directory, {})).toEqual({ classification: 'mission', sharedParties: [], sharedOrganizations: [], restrictedTo: [] });
    expect(
      accessForCreate(VIEWERS.staff, directory, { classification: 'public', sharedWith: { parties: ['ID'] }, restrictedTo: [STAFF2] }),
    ).toEqual({ classification: 'public', sharedParties: [], sharedOrganizations: [], restrictedTo: [] });
    expect(accessForCreate(VIEWERS.staff, directory, { classification: 'shared', sharedWith: { parties: ['ID', 'ID'] } }).sharedParties).toEqual(['ID']);
  });

  it('adds whoever restricts a record to it, except the head of mission', () => {
    expect(accessForCreate(VIEWERS.staff, directory, { classification: 'restricted', restrictedTo: [STAFF2] }).restrictedTo).toEqual([STAFF2, STAFF]);
    expect(accessForCreate(VIEWERS.head, directory, { classification: 'restricted' }).restrictedTo).toEqual([]);
  });

  it('refuses sharing with nobody, and creation by outsiders', () => {
    expect(code(() => accessForCreate(VIEWERS.staff, directory, { classification: 'shared' }))).toBe('400 access.shared_with_nobody sharedWith');
    expect(code(() => accessForCreate(VIEWERS.delegateId, directory, { classification: 'shared', sharedWith: { parties: ['ID'] } }))).toBe(
      '403 organization.create_forbidden',
    );
    expect(code(() => accessForCreate(VIEWERS.anonymous, directory, { classification: 'public' }))).toBe('403 organization.create_forbidden');
  });

  it('treats an update that leaves the access fields as they are as no reclassification at all', () => {
    const current = ROWS.find((r) => r.key === 'sharedId')!;
    expect(accessForUpdate(VIEWERS.delegateId, directory, current, {})).toBeNull();
    expect(accessForUpdate(VIEWERS.delegateId, directory, current, { classification: 'shared', sharedWith: { parties: ['ID'] } })).toBeNull();
    expect(code(() => accessForUpdate(VIEWERS.delegateId, directory, current, { classification: 'public' }))).toBe('403 access.classify_forbidden');
    expect(accessForUpdate(VIEWERS.staff, directory, current, { classification: 'public' })).toEqual({
      classification: 'public',
      sharedParties: [],
      sharedOrganizations: [],
      restrictedTo: [],
    });
  });
});
