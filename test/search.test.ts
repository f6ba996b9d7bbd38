// Search across everything: names in any script, misspellings, accents, snippets, and only what the user may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../src/server/platform/search/search.usecases.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  const mk = async (key: string, body: Record<string, unknown>) => {
    const res = await t.as('staff', 'POST', '/api/people', body);
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().id;
  };
  await mk('thai', { fullName: 'สมชาย ตัวอย่าง', nameLatin: 'Somchai Tuayang', classification: 'public' });
  await mk('zag', { fullName: 'Evgeny Zagaynov', nameRu: 'Евгений Загайнов', classification: 'public' });
  await mk('ru', { fullName: 'Иван Тестов', nameLatin: 'Ivan Testov', classification: 'mission', notes: 'Handles the energy statistics cooperation file.' });
  await mk('vn', { fullName: 'Nguyễn Thị Mẫu', classification: 'shared', sharedWith: { parties: ['VN'], organizations: [] } });
  await mk('secret', { fullName: 'Restricted Informant', classification: 'restricted', notes: 'confidential energy briefing' });
  for (let i = 0; i < 30; i++) await t.as('staff', 'POST', '/api/organizations', { names: { en: `Energy Agency ${i}` }, kind: 'agency', classification: 'public' });
});
afterAll(async () => t?.close());

const hits = async (who: Parameters<TestApp['as']>[0], q: string, extra = '') => {
  const res = await t.as(who, 'GET', `/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { recordId: string; recordType: string; snippet: string | null; path: string; title: string }[]; total: number; nextCursor: string | null; byType: Record<string, number> };
};

describe('search across everything', () => {
  it('finds a Thai name by a part of it, though Thai has no spaces', async () => {
    expect((await hits('staff', 'ตัวอย่า')).items.map((h) => h.recordId)).toContain(ids.thai);
  });
  it('finds a Cyrillic name and its Latin spelling', async () => {
    expect((await hits('staff', 'Загайнов')).items[0].recordId).toBe(ids.zag);
    expect((await hits('staff', 'testov')).items[0].recordId).toBe(ids.ru);
  });
  it('finds a misspelled name', async () => {
    expect((await hits('staff', 'Zagainov')).items.map((h) => h.recordId)).toContain(ids.zag);
  });
  it('folds accents: "Nguyen Thi Mau" finds "Nguyễn Thị Mẫu"', async () => {
    expect((await hits('staff', 'nguyen thi mau')).items.map((h) => h.recordId)).toContain(ids.vn);
  });
  it('highlights the matched words in a snippet and links to the record', async () => {
    const res = await hits('staff', 'statistics');
    const hit = res.items.find((h) => h.recordId === ids.ru)!;
    expect(hit.snippet).toContain(`${MARK_START}statistics${MARK_END}`);
    expect(hit.path).toBe(`/people/${ids.ru}`);
  });
  it('never shows a hidden record: not as a hit, a count or a snippet', async () => {
    const asDelegate = await hits('delegateId', 'energy');
    expect(asDelegate.items.map((h) => h.recordId)).not.toContain(ids.ru);
    expect(asDelegate.items.map((h) => h.recordId)).not.toContain(ids.secret);
    expect(asDelegate.total).toBe(30);
    expect((await hits('delegateId', 'Тестов')).total).toBe(0);
    expect((await hits('anonymous', 'Nguyen')).total).toBe(0);
    expect((await hits('delegateVn', 'Nguyen')).items.map((h) => h.recordId)).toContain(ids.vn);
    expect((await hits('staff2', 'Informant')).total).toBe(0);
    expect((await hits('staff', 'Informant')).total).toBe(1);
    expect((await hits('head', 'Informant')).total).toBe(1);
  });
  it('filters by type and pages through results', async () => {
    const first = await hits('staff', 'energy agency', '&types=organization&limit=20');
    expect(first.items).toHaveLength(20);
    expect(first.items.every((h) => h.recordType === 'organization')).toBe(true);
    expect(first.total).toBe(30);
    const second = await hits('staff', 'energy agency', `&types=organization&limit=20&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(10);
    expect(new Set([...first.items, ...second.items].map((h) => h.recordId)).size).toBe(30);
    expect(second.nextCursor).toBeNull();
  });
  it('a renamed or re-classified record is found by its new state', async () => {
    await t.as('staff', 'PATCH', `/api/people/${ids.zag}`, { classification: 'mission' });
    expect((await hits('anonymous', 'Zagaynov')).total).toBe(0);
    await t.as('staff', 'PATCH', `/api/people/${ids.zag}`, { fullName: 'Evgeny Zagaynov-Renamed', classification: 'public' });
    expect((await hits('anonymous', 'renamed')).items[0].recordId).toBe(ids.zag);
    await t.as('staff', 'POST', `/api/people/${ids.zag}/archive`);
    expect((await hits('staff', 'renamed')).total).toBe(0);
  });
  it('an empty query is refused with a message naming the field', async () => {
    const res = await t.as('staff', 'GET', '/api/search?q=');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('q');
  });
});
