// The audit trail: one entry per write in its transaction, nothing for refused writes, and the hash chain verified.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, people } from '../src/server/db/schema/index.ts';
import { entryHash, verifyAuditChain } from '../src/server/platform/audit/audit.ts';
import { type Body, expectProblem, expectStatus, unknownId } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function lastSeq(): Promise<number> {
  const [row] = await t.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(sql`${auditLog.seq} desc`).limit(1);
  return row?.seq ?? 0;
}

/** Entries about one record written after `seq`. */
async function entriesAfter(seq: number, recordId: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(gt(auditLog.seq, seq), eq(auditLog.recordId, recordId)))
    .orderBy(asc(auditLog.seq));
}

/** Runs one request and returns its response with the audit entries it wrote about `recordId` (or the created record). */
async function audited(who: Who, method: 'POST' | 'PATCH' | 'PUT', url: string, body: unknown, recordId?: string) {
  const before = await lastSeq();
  const res = await t.as(who, method, url, body);
  const id = recordId ?? res.json().id;
  const all = await t.db.select().from(auditLog).where(gt(auditLog.seq, before));
  return { res, entries: await entriesAfter(before, id), allNew: all };
}

function expectEntry(e: Body, who: Who, action: string, recordType: string, recordId: string) {
  const u = t.users[who];
  expect(e).toMatchObject({ action, recordType, recordId, actorId: u.id, actorLabel: `${u.displayName} <${u.email}>`, ip: '127.0.0.1' });
  expect(e.requestId).toMatch(UUID);
}

type DirectoryCase = {
  type: string;
  path: string;
  create: Record<string, unknown>;
  createdFields: string[];
  update: Record<string, unknown>;
  changed: Record<string, { before: unknown; after: unknown }>;
};

const DIRECTORY: DirectoryCase[] = [
  {
    type: 'organization',
    path: '/api/organizations',
    create: { names: { en: 'Audited Agency' }, acronym: 'AA', kind: 'agency', countryCode: 'ID' },
    createdFields: ['acronym', 'classification', 'countryCode', 'kind', 'names', 'restrictedTo', 'sharedOrganizations', 'sharedParties'],
    update: { names: { en: 'Audited Agency (renamed)' }, website: 'https://agency.example' },
    changed: { names: { before: { en: 'Audited Agency' }, after: { en: 'Audited Agency (renamed)' } }, website: { before: null, after: 'https://agency.example' } },
  },
  {
    type: 'person',
    path: '/api/people',
    create: { fullName: 'Audited Person', honorific: 'Dr' },
    createdFields: ['classification', 'fullName', 'honorific', 'languages', 'restrictedTo', 'sharedOrganizations', 'sharedParties'],
    update: { notes: 'Met at the SOM', honorific: 'Prof' },
    changed: { notes: { before: null, after: 'Met at the SOM' }, honorific: { before: 'Dr', after: 'Prof' } },
  },
  {
    type: 'party',
    path: '/api/parties',
    create: { code: 'QA', names: { en: 'Audited Party' }, kind: 'observer' },
    createdFields: ['classification', 'code', 'isOwn', 'kind', 'names', 'officialLanguages', 'restrictedTo', 'sharedOrganizations', 'sharedParties'],
    update: { names: { en: 'Audited Party (renamed)' }, notes: 'Observer since the summit' },
    changed: { names: { before: { en: 'Audited Party' }, after: { en: 'Audited Party (renamed)' } }, notes: { before: null, after: 'Observer since the summit' } },
  },
  {
    type: 'delegation',
    path: '/api/delegations',
    create: { partyCode: 'ID', names: { en: 'Audited Delegation' } },
    createdFields: ['classification', 'names', 'partyCode', 'restrictedTo', 'sharedOrganizations', 'sharedParties'],
    update: { names: { en: 'Audited Delegation (renamed)', ru: 'Делегация' } },
    changed: { names: { before: { en: 'Audited Delegation' }, after: { en: 'Audited Delegation (renamed)', ru: 'Делегация' } } },
  },
];

describe('audit entries', () => {
  it.each(DIRECTORY)('creating, changing, archiving and restoring a $type each leave exactly one entry with only what changed', async (c) => {
    const created = await audited('staff', 'POST', c.path, c.create);
    const id = expectStatus(created.res, 201).id;
    expect(created.allNew).toHaveLength(1);
    expectEntry(created.entries[0], 'staff', `${c.type}.create`, c.type, id);
    expect(Object.keys(created.entries[0].changes).sort()).toEqual(c.createdFields);
    for (const change of Object.values(created.entries[0].changes)) expect(Object.keys(change)).toEqual(['after']);

    const updated = await audited('staff', 'PATCH', `${c.path}/${id}`, c.update, id);
    expectStatus(updated.res, 200);
    expect(updated.allNew).toHaveLength(1);
    expectEntry(updated.entries[0], 'staff', `${c.type}.update`, c.type, id);
    expect(updated.entries[0].changes).toEqual(c.changed);
    expect(updated.entries[0].requestId).not.toBe(created.entries[0].requestId);

    const unchanged = await audited('staff', 'PATCH', `${c.path}/${id}`, c.update, id);
    expectStatus(unchanged.res, 200);
    expect(unchanged.allNew).toHaveLength(0);

    const archived = await audited('head', 'POST', `${c.path}/${id}/archive`, undefined, id);
    const archivedAt = expectStatus(archived.res, 200).archivedAt;
    expect(archived.allNew).toHaveLength(1);
    expectEntry(archived.entries[0], 'head', `${c.type}.archive`, c.type, id);
    expect(archived.entries[0].changes).toEqual({ archivedAt: { before: null, after: archivedAt } });

    const again = await audited('head', 'POST', `${c.path}/${id}/archive`, undefined, id);
    expectStatus(again.res, 200);
    expect(again.allNew).toHaveLength(0);

    const restored = await audited('head', 'POST', `${c.path}/${id}/restore`, undefined, id);
    expect(expectStatus(restored.res, 200).archivedAt).toBeNull();
    expect(restored.allNew).toHaveLength(1);
    expectEntry(restored.entries[0], 'head', `${c.type}.restore`, c.type, id);
    expect(restored.entries[0].changes).toEqual({ archivedAt: { before: archivedAt, after: null } });
  });

  it("records a person's posts and a delegation's members as part of the change", async () => {
    const org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Posting Ministry' }, kind: 'government_ministry' }), 201).id;
    const created = await audited('staff', 'POST', '/api/people', { fullName: 'Posted Officer', posts: [{ organizationId: org, title: 'Director', fromDate: '2024-01-01' }] });
    const person = expectStatus(created.res, 201).id;
    expect(created.entries[0].changes.posts).toEqual({ after: [`Director @ ${org} (2024-01-01–…)`] });
    const moved = await audited('staff', 'PATCH', `/api/people/${person}`, { posts: [{ organizationId: org, title: 'Director-General', fromDate: '2025-01-01' }] }, person);
    expect(moved.entries[0].changes).toEqual({
      posts: { before: [`Director @ ${org} (2024-01-01–…)`], after: [`Director-General @ ${org} (2025-01-01–…)`] },
    });
    const delegation = await audited('staff', 'POST', '/api/delegations', { partyCode: 'ID', names: { en: 'Members Delegation' }, members: [{ personId: person, title: 'Deputy' }] });
    expect(delegation.entries[0].changes.members).toEqual({ after: [`${person} (Deputy)`] });
  });

  it('creating and changing an account, and choosing a language, each leave one entry; passwords never appear', async () => {
    const created = await audited('admin', 'POST', '/api/users', { email: 'audited.user@test.example', displayName: 'Audited User', role: 'staff', password: 'a long enough secret' });
    const id = expectStatus(created.res, 201).id;
    expect(created.allNew).toHaveLength(1);
    expectEntry(created.entries[0], 'admin', 'user.create', 'user', id);
    expect(created.entries[0].changes).toEqual({
      email: { after: 'audited.user@test.example' },
      displayName: { after: 'Audited User' },
      language: { after: 'en' },
      role: { after: 'staff' },
    });

    const renamed = await audited('admin', 'PATCH', `/api/users/${id}`, { displayName: 'Audited User II', password: 'another long secret' }, id);
    expectStatus(renamed.res, 200);
    expect(renamed.allNew).toHaveLength(1);
    expectEntry(renamed.entries[0], 'admin', 'user.update', 'user', id);
    expect(renamed.entries[0].changes).toEqual({ displayName: { before: 'Audited User', after: 'Audited User II' }, password: { after: 'changed' } });

    const disabled = await audited('admin', 'PATCH', `/api/users/${id}`, { disabled: true }, id);
    expect(Object.keys(disabled.entries[0].changes)).toEqual(['disabledAt']);

    const language = await audited('staff2', 'PUT', '/api/auth/me/preferences', { language: 'ru' }, t.users.staff2.id);
    expectStatus(language.res, 200);
    expect(language.allNew).toHaveLength(1);
    expectEntry(language.entries[0], 'staff2', 'user.preferences', 'user', t.users.staff2.id);
    expect(language.entries[0].changes).toEqual({ language: { before: 'en', after: 'ru' } });

    const everything = JSON.stringify(await t.db.select().from(auditLog));
    expect(everything).not.toContain('a long enough secret');
    expect(everything).not.toContain('another long secret');
    expect(everything).not.toContain('$argon2');
  });

  it('a write refused part-way leaves neither the record nor an entry', async () => {
    const before = await lastSeq();
    expectProblem(
      await t.as('staff', 'POST', '/api/people', {
        fullName: 'Half Written',
        posts: [
          { organizationId: t.sco.id, title: 'Adviser' },
          { organizationId: unknownId(), title: 'Ghost post' },
        ],
      }),
      400,
      { field: 'posts.1.organizationId' },
    );
    expectProblem(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Orphan Unit' }, kind: 'agency', parentId: unknownId() }), 400, { field: 'parentId' });
    expectProblem(await t.as('staff', 'POST', '/api/parties', { code: 'ID', names: { en: 'Indonesia again' }, kind: 'member_state' }), 400, { field: 'code' });
    expect(await t.db.select().from(people).where(eq(people.fullName, 'Half Written'))).toHaveLength(0);
    expect(await t.db.select().from(organizations).where(eq(organizations.nameEn, 'Orphan Unit'))).toHaveLength(0);
    expect(await lastSeq()).toBe(before);
  });

  it('a change that fails inside its transaction is rolled back with its entry', async () => {
    const person = expectStatus(await t.as('staff', 'POST', '/api/people', { fullName: 'Rolled Back', posts: [{ organizationId: t.sco.id, title: 'Adviser' }] }), 201);
    const before = await lastSeq();
    // The person row is written first; the posts insert then fails in the database.
    const res = await t.as('staff', 'PATCH', `/api/people/${person.id}`, { fullName: 'Should Not Stick', posts: [{ organizationId: t.sco.id, title: 'Bad\u0000title' }] });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    const [row] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(row.fullName).toBe('Rolled Back');
    expect(expectStatus(await t.as('staff', 'GET', `/api/people/${person.id}`), 200).posts.map((p: Body) => p.title)).toEqual(['Adviser']);
    expect(await lastSeq()).toBe(before);
  });
});

describe('the hash chain', () => {
  const execute = (q: ReturnType<typeof sql>) => t.db.execute(q);

  it('verifies on an untouched trail, also after ten writes at once', async () => {
    const fresh = await verifyAuditChain(t.db);
    expect(fresh).toEqual({ ok: true, entries: await lastSeq() });
    const before = await lastSeq();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.as(i % 2 ? 'staff' : 'staff2', 'POST', '/api/organizations', { names: { en: `Concurrent ${i}` }, kind: 'other' })),
    );
    for (const r of results) expectStatus(r, 201);
    const rows = await t.db.select({ seq: auditLog.seq, recordId: auditLog.recordId }).from(auditLog).where(gt(auditLog.seq, before)).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 10 }, (_, i) => before + 1 + i));
    expect(new Set(rows.map((r) => r.recordId))).toEqual(new Set(results.map((r) => r.json().id)));
    // Small batches, so the walk crosses batch boundaries.
    expect(await verifyAuditChain(t.db, 3)).toEqual({ ok: true, entries: before + 10 });
  });

  it('finds an entry whose recorded change was edited, and passes again once it is put back', async () => {
    const total = await lastSeq();
    const k = Math.ceil(total / 2);
    const [original] = await t.db.select().from(auditLog).where(eq(auditLog.seq, k));
    await execute(sql`update audit_log set changes = ${JSON.stringify({ nameEn: { after: 'Forged' } })}::jsonb where seq = ${k}`);
    const res = await verifyAuditChain(t.db);
    expect(res).toMatchObject({ ok: false, seq: k, entries: k - 1 });
    expect(res.ok ? '' : res.reason).toMatch(/altered/);
    await execute(sql`update audit_log set changes = ${JSON.stringify(original.changes)}::jsonb where seq = ${k}`);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);

    const [next] = await t.db.select().from(auditLog).where(eq(auditLog.seq, k + 1));
    await execute(sql`update audit_log set actor_label = 'Someone else' where seq = ${k + 1}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, seq: k + 1 });
    await execute(sql`update audit_log set actor_label = ${next.actorLabel} where seq = ${k + 1}`);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds a removed entry in the middle', async () => {
    await restoreChain();
    const k = Math.ceil((await lastSeq()) / 3);
    const [removed] = await t.db.select().from(auditLog).where(eq(auditLog.seq, k));
    await execute(sql`delete from audit_log where seq = ${k}`);
    const res = await verifyAuditChain(t.db);
    expect(res).toMatchObject({ ok: false, seq: k, entries: k - 1 });
    expect(res.ok ? '' : res.reason).toMatch(/missing/);
    await t.db.insert(auditLog).values(removed);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds a forged entry slipped in and the later entries renumbered, even when the forgery carries a valid hash', async () => {
    await restoreChain();
    const total = await lastSeq();
    const k = Math.ceil(total / 2);
    const [previous] = await t.db.select().from(auditLog).where(eq(auditLog.seq, k - 1));
    await execute(sql`update audit_log set seq = -seq where seq >= ${k}`);
    await execute(sql`update audit_log set seq = -seq + 1 where seq < 0`);
    const forged = {
      seq: k,
      at: new Date(),
      actorId: t.users.head.id,
      actorLabel: 'Forger',
      action: 'organization.archive',
      recordType: 'organization',
      recordId: t.sco.id,
      changes: { archivedAt: { before: null, after: new Date().toISOString() } },
      requestId: null,
      ip: null,
      prevHash: previous.hash,
    };
    await t.db.insert(auditLog).values({ ...forged, hash: entryHash(forged) });
    const res = await verifyAuditChain(t.db);
    expect(res).toMatchObject({ ok: false, seq: k + 1, entries: k });
    expect(res.ok ? '' : res.reason).toMatch(/does not follow/);

    // A clumsier forgery is caught at the forged entry itself.
    await execute(sql`update audit_log set hash = ${'f'.repeat(64)} where seq = ${k}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, seq: k });
  });

  /** Each tampering test starts from an intact chain: the forged-entry test leaves one behind. */
  async function restoreChain() {
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  }
});

describe('browsing the audit trail', () => {
  let org: string;
  beforeAll(async () => {
    org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Browsed Org' }, kind: 'other' }), 201).id;
    for (const n of [1, 2, 3, 4]) expectStatus(await t.as(n % 2 ? 'staff' : 'staff2', 'PATCH', `/api/organizations/${org}`, { names: { en: `Browsed Org ${n}` } }), 200);
  });

  const list = async (query: string, who: Who = 'admin') => expectStatus(await t.as(who, 'GET', `/api/audit?${query}`), 200);

  it('filters by record, actor, action and date', async () => {
    const byRecord = await list(`recordType=organization&recordId=${org}`);
    expect(byRecord.total).toBe(5);
    expect(byRecord.items.map((e: Body) => e.action)).toEqual(['organization.update', 'organization.update', 'organization.update', 'organization.update', 'organization.create']);
    expect(byRecord.items.every((e: Body) => e.recordId === org)).toBe(true);

    const byActor = await list(`recordId=${org}&actorId=${t.users.staff2.id}`);
    expect(byActor.total).toBe(2);
    expect(byActor.items.every((e: Body) => e.actorId === t.users.staff2.id)).toBe(true);

    expect((await list(`recordId=${org}&action=organization.create`)).total).toBe(1);
    expect((await list(`recordType=party&recordId=${org}`)).total).toBe(0);

    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await list(`recordId=${org}&from=${today}&to=${today}`)).total).toBe(5);
    expect((await list(`recordId=${org}&from=${tomorrow}`)).total).toBe(0);
    expect((await list(`recordId=${org}&to=${yesterday}`)).total).toBe(0);
    expectProblem(await t.as('admin', 'GET', '/api/audit?from=27/11/2026'), 400, { field: 'from' });
  });

  it('pages newest first with a cursor, each entry once', async () => {
    const all = await list('limit=200');
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`limit=4${cursor ? `&cursor=${cursor}` : ''}`, 'head');
      expect(page.total).toBe(all.total);
      seen.push(...page.items.map((e: Body) => e.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e: Body) => e.seq));
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(all.total);
    expectProblem(await t.as('admin', 'GET', '/api/audit?cursor=not-a-cursor'), 400, { field: 'cursor' });
    expectProblem(await t.as('admin', 'GET', `/api/audit?cursor=${Buffer.from('["x"]').toString('base64url')}`), 400, { field: 'cursor' });
  });

  it('is closed to staff, delegates, liaison officers and the public', async () => {
    for (const who of ['staff', 'delegateId', 'liaisonSco'] as Who[]) expectProblem(await t.as(who, 'GET', '/api/audit'), 403);
    expectProblem(await t.as('anonymous', 'GET', '/api/audit'), 401);
  });
});
