// The audit browser applies the access policy: entries about records a reader may not see are left out, and values naming them are redacted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REDACTED, hiddenKinds } from '../src/server/platform/audit/audit-scope.ts';
import { verifyAuditChain } from '../src/server/platform/audit/audit.ts';
import { createBody, createMeeting } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus, token } from './support/http.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
let secret: Body;
let secretName: string;
let person: Body;
let child: Body;
let meeting: Body;
let item: Body;
beforeAll(async () => {
  t = await createTestApp();
  secretName = `Quiet Channel ${token()}`;
  // The head of mission keeps an organisation to themselves; the administrator is not on it.
  secret = expectStatus(await t.as('head', 'POST', '/api/organizations', { names: { en: secretName }, kind: 'agency', classification: 'restricted' }), 201);
  person = expectStatus(
    await t.as('head', 'POST', '/api/people', { fullName: `Envoy ${token()}`, posts: [{ organizationId: secret.id, title: 'Contact', fromDate: '2025-01-01' }] }),
    201,
  );
  child = expectStatus(await t.as('head', 'POST', '/api/organizations', { names: { en: `Open Office ${token()}` }, kind: 'agency', parentId: secret.id }), 201);
  const body = await createBody(t, {}, 'head');
  meeting = await createMeeting(t, body.id, { classification: 'restricted', title: `Closed talks ${token()}` }, 'head');
  item = expectStatus(await t.as('head', 'POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Sensitive item' }), 201);
});
afterAll(async () => t?.close());

const read = async (who: Who, query: string) => expectStatus(await t.as(who, 'GET', `/api/audit?limit=100&${query}`), 200);

describe('the audit browser', () => {
  it('leaves out the entries of a restricted record for an administrator not on it, in pages and counts', async () => {
    expectProblem(await t.as('admin', 'GET', `/api/organizations/${secret.id}`), 404);
    const all = await read('admin', '');
    expect(JSON.stringify(all)).not.toContain(secretName);
    expect(all.items.map((e: Body) => e.recordId)).not.toContain(secret.id);
    const byId = await read('admin', `recordId=${secret.id}`);
    expect(byId).toMatchObject({ items: [], total: 0 });
    // The same answer as for a record that never existed.
    expect(await read('admin', `recordId=${crypto.randomUUID()}`)).toEqual(byId);
    const headAll = await read('head', 'recordType=organization');
    const adminAll = await read('admin', 'recordType=organization');
    expect(headAll.total - adminAll.total).toBe(1);
  });

  it('leaves out parts of a restricted meeting', async () => {
    expect((await read('admin', `recordId=${item.id}`)).total).toBe(0);
    expect((await read('admin', `recordId=${meeting.id}`)).total).toBe(0);
    expect((await read('head', `recordId=${item.id}`)).total).toBe(1);
  });

  it('redacts values that name a hidden record in entries the administrator may see', async () => {
    const [created] = (await read('admin', `recordId=${person.id}`)).items;
    expect(created.action).toBe('person.create');
    expect(JSON.stringify(created.changes)).not.toContain(secret.id);
    expect(JSON.stringify(created.changes)).toContain(REDACTED);
    const [childEntry] = (await read('admin', `recordId=${child.id}`)).items;
    expect(childEntry.changes.parentId.after).toBe(REDACTED);
  });

  it('shows the head of mission, who is on the records, every entry unredacted', async () => {
    const [entry] = (await read('head', `recordId=${secret.id}`)).items;
    expect(entry.changes.names.after).toEqual({ en: secretName });
    const [childEntry] = (await read('head', `recordId=${child.id}`)).items;
    expect(childEntry.changes.parentId.after).toBe(secret.id);
  });

  it('knows, for every kind of record the code audits, who may see it', () => {
    // Kinds without access fields: accounts, jobs, number series and their numbers, one's own calendar feeds, the mission's letter templates.
    const unclassified = new Set(['user', 'job', 'number_series', 'allocated_number', 'calendar_feed', 'correspondence_template']);
    const server = path.resolve(import.meta.dirname, '../src/server');
    const audited = new Set<string>();
    for (const f of fs.readdirSync(server, { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      for (const m of fs.readFileSync(path.join(server, f), 'utf8').matchAll(/recordType: '([a-z_]+)'/g)) audited.add(m[1]);
    }
    const known = new Set(hiddenKinds());
    expect([...audited].filter((k) => !known.has(k) && !unclassified.has(k))).toEqual([]);
  });

  it('still verifies the whole chain', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
