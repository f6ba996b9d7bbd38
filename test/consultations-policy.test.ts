// The consultation's part rules: each SQL predicate and its in-memory twin agree for every kind of viewer, and match the rule written out by hand.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/shared/common.ts';
import type { Database } from '../src/server/db/client.ts';
import { consultationComments, consultationPositions, consultationVersions, consultations } from '../src/server/db/schema/consultations.table.ts';
import { parties } from '../src/server/db/schema/directory.table.ts';
import { bodies } from '../src/server/db/schema/meetings.table.ts';
import { type RequestContext, systemContext } from '../src/server/platform/context.ts';
import { partyParts, threadParts, versionParts } from '../src/server/modules/consultations/consultations.policy.ts';
import { createTestDatabase } from './support/database.ts';

const viewer = (role: Role, extra: { partyCode?: string; organizationId?: string } = {}): RequestContext => ({
  viewer: { id: randomUUID(), email: `${role}@policy.example`, displayName: role, role, language: 'en', partyCode: extra.partyCode ?? null, organizationId: extra.organizationId ?? null },
  requestId: null,
  ip: null,
});

const VIEWERS: Record<string, RequestContext> = {
  system: systemContext('policy test'),
  head: viewer('head'),
  staff: viewer('staff'),
  delegateId: viewer('delegate', { partyCode: 'ID' }),
  delegateVn: viewer('delegate', { partyCode: 'VN' }),
  liaison: viewer('liaison', { organizationId: randomUUID() }),
  anonymous: { viewer: null, requestId: null, ip: null },
};
const MISSION = ['system', 'head', 'staff'];

let database: Database;
const ids = { open: '', closed: '', circulated: '', draft: '' };
/** Positions by `<consultation>:<party>`, comments by `<missionOnly>:<on>`. */
const positionKey = new Map<string, string>();
const commentKey = new Map<string, string>();
const commentFacts = new Map<string, { missionOnly: boolean; versionCirculated: boolean | null }>();

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  await db.insert(parties).values(['ID', 'VN'].map((code) => ({ code, names: { en: code }, kind: 'member_state' as const, classification: 'public' as const })));
  const [body] = await db.insert(bodies).values({ names: { en: 'Policy body' }, kind: 'other' }).returning();
  const make = (visibility: 'distribution' | 'mission') =>
    db
      .insert(consultations)
      .values({ bodyId: body.id, title: visibility, method: 'comments', status: 'open', classification: 'shared', sharedParties: ['ID', 'VN'], positionsVisibility: visibility })
      .returning();
  const [[open], [closed]] = await Promise.all([make('distribution'), make('mission')]);
  ids.open = open.id;
  ids.closed = closed.id;
  const [circulated] = await db.insert(consultationVersions).values({ consultationId: closed.id, number: 1, content: '<p>1</p>', circulatedAt: new Date() }).returning();
  const [draft] = await db.insert(consultationVersions).values({ consultationId: closed.id, number: 2, content: '<p>2</p>' }).returning();
  ids.circulated = circulated.id;
  ids.draft = draft.id;
  for (const c of [open, closed]) {
    for (const party of ['ID', 'VN']) {
      const [p] = await db
        .insert(consultationPositions)
        .values({ consultationId: c.id, versionId: circulated.id, partyCode: party, kind: 'support', recordedByLabel: 'test' })
        .returning();
      positionKey.set(p.id, `${c.positionsVisibility}:${party}`);
    }
  }
  for (const missionOnly of [false, true]) {
    for (const [on, versionId, versionCirculated] of [
      ['whole', null, null],
      ['circulated', circulated.id, true],
      ['draft', draft.id, false],
    ] as const) {
      const [row] = await db.insert(consultationComments).values({ consultationId: closed.id, versionId, missionOnly, body: 'x', authorLabel: 'test' }).returning();
      commentKey.set(row.id, `${missionOnly ? 'note' : 'comment'}:${on}`);
      commentFacts.set(row.id, { missionOnly, versionCirculated });
    }
  }
});
afterAll(async () => database?.close());

const sorted = (xs: string[]) => [...xs].sort();

describe('a party’s positions and acknowledgements', () => {
  const EXPECTED: Record<string, string[]> = {
    delegateId: ['distribution:ID', 'distribution:VN', 'mission:ID'],
    delegateVn: ['distribution:ID', 'distribution:VN', 'mission:VN'],
    liaison: ['distribution:ID', 'distribution:VN'],
    anonymous: ['distribution:ID', 'distribution:VN'],
  };
  it.each(Object.keys(VIEWERS))('are seen alike by the SQL rule (joined or by value) and the in-memory rule, as written, for %s', async (name) => {
    const ctx = VIEWERS[name];
    const joined = await database.db
      .select({ id: consultationPositions.id })
      .from(consultationPositions)
      .innerJoin(consultations, eq(consultations.id, consultationPositions.consultationId))
      .where(and(inArray(consultationPositions.consultationId, [ids.open, ids.closed]), partyParts.sql(ctx, consultations.positionsVisibility, consultationPositions.partyCode)));
    const byValue = [];
    for (const [id, visibility] of [
      [ids.open, 'distribution'],
      [ids.closed, 'mission'],
    ] as const) {
      byValue.push(
        ...(await database.db
          .select({ id: consultationPositions.id })
          .from(consultationPositions)
          .where(and(eq(consultationPositions.consultationId, id), partyParts.sql(ctx, visibility, consultationPositions.partyCode)))),
      );
    }
    const inMemory = [...positionKey.values()].filter((k) => {
      const [visibility, party] = k.split(':') as ['distribution' | 'mission', string];
      return partyParts.may(ctx, visibility, party);
    });
    expect(sorted(joined.map((r) => positionKey.get(r.id)!))).toEqual(sorted(inMemory));
    expect(sorted(byValue.map((r) => positionKey.get(r.id)!))).toEqual(sorted(inMemory));
    expect(sorted(inMemory)).toEqual(sorted(MISSION.includes(name) ? [...positionKey.values()] : EXPECTED[name]));
  });
});

describe('versions', () => {
  it.each(Object.keys(VIEWERS))('are seen alike by SQL and in memory for %s: drafts by the mission only', async (name) => {
    const ctx = VIEWERS[name];
    const rows = await database.db.select().from(consultationVersions).where(and(eq(consultationVersions.consultationId, ids.closed), versionParts.sql(ctx)));
    const all = await database.db.select().from(consultationVersions).where(eq(consultationVersions.consultationId, ids.closed));
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(all.filter((v) => versionParts.may(ctx, v)).map((v) => v.id)));
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(MISSION.includes(name) ? [ids.circulated, ids.draft] : [ids.circulated]));
  });
});

describe('the thread', () => {
  it.each(Object.keys(VIEWERS))('is read alike by SQL and in memory for %s: notes and comments on drafts by the mission only', async (name) => {
    const ctx = VIEWERS[name];
    const rows = await database.db.select({ id: consultationComments.id }).from(consultationComments).where(and(eq(consultationComments.consultationId, ids.closed), threadParts.sql(ctx)));
    const inMemory = [...commentFacts].filter(([, f]) => threadParts.may(ctx, f)).map(([id]) => commentKey.get(id)!);
    expect(sorted(rows.map((r) => commentKey.get(r.id)!))).toEqual(sorted(inMemory));
    expect(sorted(inMemory)).toEqual(sorted(MISSION.includes(name) ? [...commentKey.values()] : ['comment:whole', 'comment:circulated']));
  });
});
