// Names in more languages: organisations, parties, bodies and delegations take and give names keyed by language; search finds a record by a name in any of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const ids = (res: LightMyRequestResponse) => expectStatus(res, 200).items.map((i: Body) => i.id);

describe('a name in a third language', () => {
  it('an organisation keeps its names in English, Russian, Bahasa Indonesia and Thai, and a change replaces them as a whole', async () => {
    const names = { en: 'ASEAN Secretariat', ru: 'Секретариат АСЕАН', id: 'Sekretariat ASEAN', th: 'สำนักเลขาธิการอาเซียน' };
    const created = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names, kind: 'secretariat', classification: 'public' }), 201);
    expect(created.names).toEqual(names);
    expect(created).not.toHaveProperty('nameEn');
    expect(created).not.toHaveProperty('nameRu');
    expect(expectStatus(await t.as('anonymous', 'GET', `/api/organizations/${created.id}`), 200).names).toEqual(names);

    const changed = expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${created.id}`, { names: { en: ' ASEAN Secretariat ', id: '  Sekretariat ASEAN' } }), 200);
    expect(changed.names).toEqual({ en: 'ASEAN Secretariat', id: 'Sekretariat ASEAN' });
    // A change that leaves the names out keeps them.
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${created.id}`, { acronym: 'ASEC' }), 200).names).toEqual({ en: 'ASEAN Secretariat', id: 'Sekretariat ASEAN' });
  });

  it('parties, bodies and delegations keep names in any offered language too', async () => {
    const party = expectStatus(await t.as('staff', 'POST', '/api/parties', { code: 'QT', names: { en: 'Testland', id: 'Negeri Uji', th: 'ประเทศทดสอบ' }, kind: 'other' }), 201);
    expect(party.names).toEqual({ en: 'Testland', id: 'Negeri Uji', th: 'ประเทศทดสอบ' });
    const body = expectStatus(await t.as('staff', 'POST', '/api/bodies', { names: { en: 'ASEAN Senior Officials Meeting', id: 'Pertemuan Pejabat Senior ASEAN' }, kind: 'senior_officials' }), 201);
    expect(body.names).toEqual({ en: 'ASEAN Senior Officials Meeting', id: 'Pertemuan Pejabat Senior ASEAN' });
    const delegation = expectStatus(await t.as('staff', 'POST', '/api/delegations', { partyCode: 'ID', names: { en: 'Permanent Mission of Indonesia to ASEAN', id: 'Perutusan Tetap Republik Indonesia untuk ASEAN' } }), 201);
    expect(delegation.names.id).toBe('Perutusan Tetap Republik Indonesia untuk ASEAN');
  });

  it('the audit trail records the names before and after a change', async () => {
    const org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'ASEAN Centre for Energy' }, kind: 'agency' }), 201);
    expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${org.id}`, { names: { en: 'ASEAN Centre for Energy', id: 'Pusat Energi ASEAN' } }), 200);
    const trail = expectStatus(await t.as('admin', 'GET', `/api/audit?recordType=organization&recordId=${org.id}`), 200).items;
    expect(trail[0].changes.names).toEqual({ before: { en: 'ASEAN Centre for Energy' }, after: { en: 'ASEAN Centre for Energy', id: 'Pusat Energi ASEAN' } });
  });
});

describe('refusing names that cannot be kept', () => {
  it.each([
    ['no English name', { ru: 'Секретариат' }, 'names.en'],
    ['a blank English name', { en: '  ' }, 'names.en'],
    ['a blank Russian name', { en: 'Secretariat', ru: ' ' }, 'names.ru'],
    ['an unknown language', { en: 'Secretariat', qq: 'Sekretariat' }, 'names.qq'],
    ['a language written out', { en: 'Secretariat', Indonesian: 'Sekretariat' }, 'names.Indonesian'],
    ['a name that is not text', { en: 'Secretariat', id: ['Sekretariat'] }, 'names.id'],
    ['a Thai name that is far too long', { en: 'Secretariat', th: 'ก'.repeat(301) }, 'names.th'],
    ['names that are a list', ['Secretariat'], 'names'],
    ['names that are text', 'Secretariat', 'names'],
  ] as [string, unknown, string][])('refuses %s with 400 naming the field', async (_label, names, field) => {
    const p = expectProblem(await t.as('staff', 'POST', '/api/organizations', { names, kind: 'agency' }), 400, { field });
    expect(p.errors!.find((e) => e.field === field)!.message).toBeTruthy();
  });

  it('names the field on a change too, and keeps the record as it was', async () => {
    const org = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Unchanged Office', ru: 'Неизменное бюро' }, kind: 'agency' }), 201);
    expectProblem(await t.as('staff', 'PATCH', `/api/organizations/${org.id}`, { names: { en: 'Unchanged Office', ru: '' } }), 400, { field: 'names.ru' });
    expect(expectStatus(await t.as('staff', 'GET', `/api/organizations/${org.id}`), 200).names).toEqual({ en: 'Unchanged Office', ru: 'Неизменное бюро' });
  });
});

describe('finding a record by a name in any language', () => {
  let asec: string;
  let thai: string;
  beforeAll(async () => {
    asec = expectStatus(await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Secretariat of the Association', id: 'Sekretariat Perhimpunan' }, kind: 'secretariat', classification: 'public' }), 201).id;
    thai = expectStatus(await t.as('staff', 'POST', '/api/parties', { code: 'QH', names: { en: 'Kingdom of Examples', th: 'ราชอาณาจักรตัวอย่าง' }, kind: 'other', classification: 'public' }), 201).id;
  });

  it('the list finds an organisation by its Indonesian name, and a party by its Thai name', async () => {
    expect(ids(await t.as('staff', 'GET', `/api/organizations?q=${encodeURIComponent('sekretariat perhimpunan')}`))).toEqual([asec]);
    expect(ids(await t.as('staff', 'GET', `/api/parties?q=${encodeURIComponent('อาณาจักรตัว')}`))).toEqual([thai]);
  });

  it('the search box finds them by those names, titled in English', async () => {
    const hits = expectStatus(await t.as('staff', 'GET', `/api/search?q=${encodeURIComponent('Sekretariat Perhimpunan')}`), 200).items;
    expect(hits.map((h: Body) => [h.recordType, h.recordId])).toContainEqual(['organization', asec]);
    expect(hits.find((h: Body) => h.recordId === asec).title).toBe('Secretariat of the Association');
    const thaiHits = expectStatus(await t.as('staff', 'GET', `/api/search?q=${encodeURIComponent('ราชอาณาจักรตัวอย่าง')}`), 200).items;
    expect(thaiHits.map((h: Body) => h.recordId)).toContain(thai);
  });

  it('a name dropped from the names is no longer found', async () => {
    expectStatus(await t.as('staff', 'PATCH', `/api/organizations/${asec}`, { names: { en: 'Secretariat of the Association' } }), 200);
    expect(ids(await t.as('staff', 'GET', `/api/organizations?q=${encodeURIComponent('sekretariat perhimpunan')}`))).toEqual([]);
    const hits = expectStatus(await t.as('staff', 'GET', `/api/search?q=${encodeURIComponent('Sekretariat Perhimpunan')}`), 200).items;
    expect(hits.map((h: Body) => h.recordId)).not.toContain(asec);
  });
});
