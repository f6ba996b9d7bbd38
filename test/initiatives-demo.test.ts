// The demo portfolio: twenty initiatives AR-01…AR-20 in their stages, the ARDPFF and its balance, the CPA 2021–2025 lines launched, and what a delegate of Indonesia sees.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/client.ts';
import { users } from '../src/server/db/schema/index.ts';
import { SESSION_COOKIE, createSession } from '../src/server/platform/auth/sessions.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import { INITIATIVES } from '../src/server/modules/initiatives/demo/initiatives.data.ts';
import type { Body } from './support/http.ts';
import { createTestDatabase } from './support/database.ts';
import { codesUsed, unknownCodes, xmllint } from './support/iati.ts';

let database: Database;
let app: FastifyInstance;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-initiatives-demo-'));
const cookies: Record<string, string> = {};
beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', CHANCERY_FILES_DIR: filesDir });
  await seedDemo({ db: database.db, database, config });
  app = await buildApp({ config, database, logger: false, demoMode: true });
  await app.ready();
  for (const email of ['staff@chancery.test', 'delegate.id@chancery.test']) {
    const [u] = await database.db.select().from(users).where(eq(users.email, email));
    cookies[email] = `${SESSION_COOKIE}=${await createSession(database.db, u.id, { ip: null, userAgent: null })}`;
  }
}, 300_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const get = async (who: string, url: string): Promise<Body> => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const STAFF = 'staff@chancery.test';
const DELEGATE = 'delegate.id@chancery.test';

describe('the demo portfolio', () => {
  it('holds AR-01…AR-20, each in its stage, with DAC sectors adding up to 100', async () => {
    const list = await get(STAFF, '/api/initiatives?limit=100');
    expect(list.total).toBe(20);
    const byRef = new Map(list.items.map((i: Body) => [i.reference, i]));
    for (const d of INITIATIVES) {
      const i = byRef.get(d.key) as Body;
      expect(i, d.key).toBeDefined();
      expect(i.stage, d.key).toBe(d.stage);
      expect(i.dacSectors.reduce((s: number, x: Body) => s + x.percentage, 0)).toBe(100);
    }
    expect(new Set(list.items.map((i: Body) => i.stage)).size).toBe(11);
    const ar10 = byRef.get('AR-10') as Body;
    expect(ar10.approval.title).toMatch(/^ARJCC-21\/D1/);
    const ar04 = byRef.get('AR-04') as Body;
    expect(ar04.totals).toMatchObject({ budget: { amountMinor: 30_000_000, currency: 'USD' }, disbursed: { amountMinor: 30_000_000, currency: 'USD' } });
    expect(ar04.unspentBalance).toEqual({ amountMinor: 1_500_000, currency: 'USD' });
  });

  it('the ARDPFF shows USD 1.5 million a year and its balance after disbursements', async () => {
    const funds = await get(STAFF, '/api/funds');
    const ardpff = funds.items.find((f: Body) => f.acronym === 'ARDPFF');
    expect(ardpff.byYear.every((y: Body) => y.contributions.amountMinor === 0 || y.contributions.amountMinor === 150_000_000)).toBe(true);
    expect(ardpff.contributions).toEqual({ amountMinor: 12 * 150_000_000, currency: 'USD' });
    expect(ardpff.balance.amountMinor).toBe(ardpff.contributions.amountMinor - ardpff.disbursed.amountMinor);
    expect(ardpff.disbursed.amountMinor).toBeGreaterThan(0);
  });

  it('counts the CPA 2021–2025 action lines launched', async () => {
    const plans = await get(STAFF, '/api/plans');
    const cpa = plans.items[0];
    expect(cpa.lineCount).toBe(11);
    const launched = cpa.lines.filter((l: Body) => l.launched).map((l: Body) => l.code);
    expect(launched).toEqual(expect.arrayContaining(['2.3.1', '2.7.1', '3.2.1']));
    expect(cpa.launchedCount).toBe(launched.length);
    expect(launched).not.toContain('4.1.2');
  });

  it('a delegate of Indonesia sees the public initiatives and those shared with Indonesia only', async () => {
    const list = await get(DELEGATE, '/api/initiatives?limit=100');
    const refs = list.items.map((i: Body) => i.reference).sort();
    const expected = INITIATIVES.filter((d) => d.classification === 'public' || (d.classification === 'shared' && d.shared?.includes('ID'))).map((d) => d.key).sort();
    expect(refs).toEqual(expected);
    expect(list.total).toBe(expected.length);
  });

  it('exports to IATI 2.03 XML that validates against the schema, with every code in its codelist', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/initiatives/iati.xml', headers: { cookie: cookies[STAFF] } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const xml = res.body;
    const lint = xmllint(xml);
    expect(lint.ok, lint.output).toBe(true);
    expect(await unknownCodes(database.db, xml)).toEqual([]);
    const { activities, used } = codesUsed(xml);
    expect(activities).toHaveLength(20);
    expect([...used.iati_activity_status].sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    // Every initiative that reached implementation reports one result with its one indicator.
    const reported = activities.filter((a) => a.result);
    expect(reported.length).toBeGreaterThanOrEqual(8);
    for (const a of reported) expect(Array.isArray((a.result as Record<string, unknown>).indicator)).toBe(false);
    // A delegate's export holds only what they may see.
    const mine = await app.inject({ method: 'GET', url: '/api/initiatives/iati.xml', headers: { cookie: cookies[DELEGATE] } });
    const visible = (await get(DELEGATE, '/api/initiatives?limit=100')).items.map((i: Body) => `XI-CHANCERY-MISSION-${i.reference}`).sort();
    const exported = codesUsed(mine.body).activities.map((a) => String(a['iati-identifier'])).sort();
    expect(exported).toEqual(visible);
    expect(xmllint(mine.body).ok).toBe(true);
  });
});
