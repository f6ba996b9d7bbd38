// A first organisation created and read back through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('organisations', () => {
  it('staff creates an organisation and reads it back', async () => {
    const res = await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Centre for Energy' }, acronym: 'ACE', kind: 'agency', countryCode: 'ID' });
    expect(res.statusCode, res.body).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ names: { en: 'ASEAN Centre for Energy' }, classification: 'mission', abilities: { update: true } });
    const got = await t.as('staff', 'GET', `/api/organizations/${org.id}`);
    expect(got.json().acronym).toBe('ACE');
    const list = await t.as('staff', 'GET', '/api/organizations?q=centre');
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain(org.id);
  });
});
