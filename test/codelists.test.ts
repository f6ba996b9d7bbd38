// Codelists: loaded once from the data files, read by anyone, and checked on writes (bodies' sectors and DAC codes), naming the field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodies as bodiesTable, codelistItems } from '../src/server/db/schema/index.ts';
import { bodies as demoBodies } from '../src/server/modules/meetings/demo/bodies.data.ts';
import { checkCode, checkCodes, codeLabels } from '../src/server/platform/records/codelists.ts';
import { codelistDataDir, loadCodelists } from '../src/server/platform/records/codelists.loader.ts';
import { CODELISTS, codeLabel } from '../src/shared/codelists.ts';
import { createBody } from './meetings-fixtures.ts';
import { type Body, expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const iatiDir = path.resolve(import.meta.dirname, '../../shared/reference/iati/codelists');
const codesOf = (res: Body) => res.items.map((i: { code: string }) => i.code);

describe('reading codelists', () => {
  it('lists every codelist with its source, licence and size, to anyone', async () => {
    const index = expectStatus(await t.as('anonymous', 'GET', '/api/codelists'), 200);
    expect(index.items.map((l: Body) => l.list).sort()).toEqual(Object.values(CODELISTS).sort());
    const dac = index.items.find((l: Body) => l.list === 'dac_sector');
    expect(dac).toMatchObject({ codes: 325, names: { en: 'DAC 5 Digit Sector' } });
    expect(dac.licence).toMatch(/CC BY 4\.0.*IATI Standard/);
  });

  it('gives the mission’s sectors with English and Russian labels, the keys bodies use among them', async () => {
    const res = await t.as('anonymous', 'GET', '/api/codelists/mission_sector');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const list = expectStatus(res, 200);
    expect(codesOf(list)).toEqual(['ict', 'food_security', 'agriculture', 'energy', 'education', 'transport', 'science', 'culture', 'humanitarian', 'security', 'diplomacy', 'other']);
    const energy = list.items.find((i: Body) => i.code === 'energy');
    expect(energy).toMatchObject({ labels: { en: 'Energy', ru: 'Энергетика' }, active: true, withdrawn: false });
    expect(codeLabel(energy.labels, 'ru')).toBe('Энергетика');
    expect(codeLabel(energy.labels, 'id')).toBe('Energy');
  });

  it('marks DAC codes withdrawn by the OECD, and leaves them out when only codes usable today are asked for', async () => {
    const all = expectStatus(await t.as('staff', 'GET', '/api/codelists/dac_sector'), 200);
    expect(all.items).toHaveLength(325);
    expect(all.items.filter((i: Body) => i.withdrawn)).toHaveLength(30);
    expect(all.items.find((i: Body) => i.code === '11321')).toMatchObject({ withdrawn: true, validTo: '2019-12-31', active: false, attributes: { category: '113' } });
    expect(all.items[0].descriptions).toBeUndefined();
    const active = expectStatus(await t.as('staff', 'GET', '/api/codelists/dac_sector?active=true&descriptions=true'), 200);
    expect(active.items).toHaveLength(295);
    expect(codesOf(active)).toContain('43071');
    expect(codesOf(active)).not.toContain('11321');
    expect(active.items[0].descriptions.en).toMatch(/^Education sector policy/);
  });

  it('gives currencies their minor units and Russian names where CLDR has them', async () => {
    const list = expectStatus(await t.as('anonymous', 'GET', '/api/codelists/currency'), 200);
    const byCode = Object.fromEntries(list.items.map((i: Body) => [i.code, i]));
    expect(byCode.USD).toMatchObject({ labels: { en: 'US Dollar', ru: 'Доллар США' }, attributes: { minorUnits: 2, number: '840' } });
    expect(byCode.JPY.attributes.minorUnits).toBe(0);
    expect(byCode.KWD.attributes.minorUnits).toBe(3);
    expect(byCode.XAU.attributes.minorUnits).toBeNull();
  });

  it('answers an unknown list with 404 and a malformed key with 400', async () => {
    expectProblem(await t.as('anonymous', 'GET', '/api/codelists/planets'), 404, { code: 'codelist.not_found' });
    expectProblem(await t.as('anonymous', 'GET', '/api/codelists/Not-A-Key'), 400, { field: 'list' });
  });

  it('returns labels of some codes for exports', async () => {
    const labels = await codeLabels(t.db, CODELISTS.dacSector, ['23110', '99999']);
    expect([...labels.keys()]).toEqual(['23110']);
    expect(labels.get('23110')?.en).toBe('Energy policy and administrative management');
  });
});

describe.runIf(fs.existsSync(iatiDir))('the data files against the IATI reference copy', () => {
  it('carry every code of each IATI list the platform ships', () => {
    const pairs: [string, string][] = [
      ['Sector.xml', 'dac-sector.json'],
      ['SectorCategory.xml', 'dac-sector-category.json'],
      ['ActivityStatus.xml', 'iati-activity-status.json'],
      ['ActivityDateType.xml', 'iati-activity-date-type.json'],
      ['BudgetType.xml', 'iati-budget-type.json'],
      ['TransactionType.xml', 'iati-transaction-type.json'],
      ['OrganisationRole.xml', 'iati-organisation-role.json'],
      ['OrganisationType.xml', 'iati-organisation-type.json'],
      ['SectorVocabulary.xml', 'iati-sector-vocabulary.json'],
    ];
    for (const [xml, json] of pairs) {
      const codes = [...fs.readFileSync(path.join(iatiDir, xml), 'utf8').matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]);
      const data = JSON.parse(fs.readFileSync(path.join(codelistDataDir, json), 'utf8'));
      expect(data.items.map((i: { code: string }) => i.code), json).toEqual(codes);
    }
    expect(fs.readFileSync(path.join(codelistDataDir, 'LICENSE-IATI-Guidance.rst'), 'utf8')).toContain('creativecommons.org/licenses/by/4.0');
  });
});

describe('loading codelists', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codelists-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const item = (list: string, code: string) => t.db.select().from(codelistItems).where(and(eq(codelistItems.list, list), eq(codelistItems.code, code)));

  it('loads nothing again while the data files are unchanged', async () => {
    expect(await loadCodelists(t.db)).toEqual({ loaded: [], unchanged: expect.arrayContaining(Object.values(CODELISTS)) });
  });

  it('updates a changed list in place, and marks a code dropped from its file withdrawn instead of deleting it', async () => {
    const file = JSON.parse(fs.readFileSync(path.join(codelistDataDir, 'mission-sector.json'), 'utf8'));
    file.items = file.items.filter((i: { code: string }) => i.code !== 'other');
    file.items.find((i: { code: string }) => i.code === 'energy').labels.id = 'Energi';
    file.items.push({ code: 'health', labels: { en: 'Health', ru: 'Здравоохранение' } });
    fs.writeFileSync(path.join(dir, 'mission-sector.json'), JSON.stringify(file));

    expect(await loadCodelists(t.db, dir)).toEqual({ loaded: ['mission_sector'], unchanged: [] });
    expect((await item('mission_sector', 'other'))[0]).toMatchObject({ withdrawn: true });
    expect((await item('mission_sector', 'energy'))[0].labels).toEqual({ en: 'Energy', ru: 'Энергетика', id: 'Energi' });
    expect((await item('mission_sector', 'health'))[0]).toMatchObject({ withdrawn: false });
    await expect(checkCode(t.db, CODELISTS.missionSector, 'other', 'sector')).rejects.toMatchObject({ code: 'codelist.code_withdrawn', errors: [{ field: 'sector' }] });

    // The shipped file again: `other` is back in use; `health`, no longer in it, is withdrawn.
    expect((await loadCodelists(t.db)).loaded).toEqual(['mission_sector']);
    expect((await item('mission_sector', 'other'))[0]).toMatchObject({ withdrawn: false });
    expect((await item('mission_sector', 'health'))[0]).toMatchObject({ withdrawn: true });
  });

  it('stops with the file’s name and the reason when a data file is broken', async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'codelists-broken-'));
    try {
      fs.writeFileSync(path.join(broken, 'odd.json'), JSON.stringify({ list: 'odd', names: { en: 'Odd' }, source: 'test', items: [{ code: 'a', labels: { ru: 'а' } }] }));
      await expect(loadCodelists(t.db, broken)).rejects.toThrow(/odd\.json is not valid[\s\S]*labels\.en/);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('checking codes on writes', () => {
  it('checks a code against the day it concerns: a withdrawn code for an earlier day, a new code only from its start', async () => {
    await checkCode(t.db, CODELISTS.dacSector, '11321', 'sector', { on: '2019-06-01' });
    await expect(checkCode(t.db, CODELISTS.dacSector, '11321', 'sector')).rejects.toMatchObject({ status: 400, code: 'codelist.code_withdrawn' });
    await expect(checkCode(t.db, CODELISTS.dacSector, '43071', 'sector', { on: '2017-06-01' })).rejects.toMatchObject({ code: 'codelist.code_not_yet_valid' });
    await checkCodes(t.db, CODELISTS.iatiTransactionType, ['1', '2', '3', '4'], 'transactions');
    await expect(checkCodes(t.db, CODELISTS.iatiOrganisationRole, ['1', '5'], 'roles')).rejects.toMatchObject({ errors: [{ field: 'roles.1' }] });
  });

  it('refuses a body’s sector or DAC code that is not in its list, naming the field', async () => {
    const create = (fields: Record<string, unknown>) => t.as('staff', 'POST', '/api/bodies', { names: { en: 'Working Group on Energy' }, kind: 'working_group', ...fields });
    const unknownSector = expectProblem(await create({ sectors: ['energy', 'mining'] }), 400, { code: 'codelist.unknown_code', field: 'sectors.1' });
    expect(unknownSector.errors?.[0].message).toMatch(/mining is not in the list “Sectors of cooperation”/);
    expectProblem(await create({ dacCodes: ['23110', '99999'] }), 400, { code: 'codelist.unknown_code', field: 'dacCodes.1' });
    expectProblem(await create({ dacCodes: ['11321'] }), 400, { code: 'codelist.code_withdrawn', field: 'dacCodes.0' });
    // The format is still checked first, as before.
    expectProblem(await create({ dacCodes: ['2311'] }), 400, { field: 'dacCodes.0' });
    const created = expectStatus(await create({ sectors: ['energy', 'science'], dacCodes: ['23110', '43071'] }), 201);
    expect(created).toMatchObject({ sectors: ['energy', 'science'], dacCodes: ['23110', '43071'] });
  });

  it('lets an edit keep a body’s existing values while new ones must come from the lists', async () => {
    const body = await createBody(t, { sectors: ['energy'], dacCodes: ['23110'] });
    // A value stored before the lists existed.
    await t.db.update(bodiesTable).set({ sectors: ['energy', 'oceans'] }).where(eq(bodiesTable.id, body.id));
    expectStatus(await t.as('staff', 'PATCH', `/api/bodies/${body.id}`, { names: { en: 'Renamed committee' }, sectors: ['energy', 'oceans'] }), 200);
    expectProblem(await t.as('staff', 'PATCH', `/api/bodies/${body.id}`, { sectors: ['energy', 'oceans', 'space'] }), 400, { field: 'sectors.2' });
    expect(expectStatus(await t.as('staff', 'PATCH', `/api/bodies/${body.id}`, { sectors: ['transport'] }), 200).sectors).toEqual(['transport']);
  });

  it('finds every sector and DAC code of the demo bodies in the lists', async () => {
    for (const b of demoBodies) {
      await checkCodes(t.db, CODELISTS.missionSector, b.sectors, `${b.key}.sectors`);
      await checkCodes(t.db, CODELISTS.dacSector, b.dacCodes, `${b.key}.dacCodes`);
    }
  });
});
