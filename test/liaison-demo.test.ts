// The demo liaison and events data: LR-01…LR-08 in every status, what the SCO Secretariat's liaison officer sees (and does not), the MoUs, focal points, and the public events page.
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
import { EVENTS } from '../src/server/modules/events/demo/events.data.ts';
import { REQUESTS } from '../src/server/modules/liaison/demo/liaison.data.ts';
import { SESSION_COOKIE, createSession } from '../src/server/platform/auth/sessions.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import type { Body } from './support/http.ts';
import { createTestDatabase } from './support/database.ts';

let database: Database;
let app: FastifyInstance;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-liaison-demo-'));
const cookies: Record<string, string> = {};
const STAFF = 'staff@chancery.test';
const SCO = 'liaison.sco@chancery.test';
const DELEGATE = 'delegate.id@chancery.test';
beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', CHANCERY_FILES_DIR: filesDir });
  await seedDemo({ db: database.db, database, config });
  app = await buildApp({ config, database, logger: false, demoMode: true });
  await app.ready();
  for (const email of [STAFF, SCO, DELEGATE]) {
    const [u] = await database.db.select().from(users).where(eq(users.email, email));
    cookies[email] = `${SESSION_COOKIE}=${await createSession(database.db, u.id, { ip: null, userAgent: null })}`;
  }
}, 300_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const request = (who: string | null, url: string) => app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });
const get = async (who: string | null, url: string): Promise<Body> => {
  const res = await request(who, url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the demo liaison requests', () => {
  it('holds LR-01…LR-08 in every status, with their steps', async () => {
    const list = await get(STAFF, '/api/liaison-requests?limit=100');
    expect(list.items.map((r: Body) => r.reference)).toEqual(REQUESTS.map((r) => r.key));
    const statuses = new Set(list.items.map((r: Body) => r.status));
    for (const s of ['draft', 'sent', 'acknowledged', 'meeting_scheduled', 'done', 'declined']) expect(statuses).toContain(s);
    const lr01 = list.items[0];
    expect(lr01).toMatchObject({ status: 'done', area: 'counter-narcotics', provenance: 'MIXED', targetOrganization: { name: expect.stringMatching(/SCO/) } });
    expect(lr01.internalNotes).toMatch(/Follow up/);
    const steps = await get(STAFF, `/api/liaison-requests/${lr01.id}/steps`);
    expect(steps.items.map((s: Body) => s.toStatus)).toEqual(['sent', 'acknowledged', 'meeting_scheduled', 'done']);
    // The SCO officer's own step names their organisation.
    expect(steps.items[1]).toMatchObject({ byName: 'Wang Shili', byOrganization: expect.stringMatching(/SCO/) });
    // LR-07 is past its target date and still open: overdue, at the top of the overdue filter.
    const overdue = await get(STAFF, '/api/liaison-requests?overdue=true&sort=targetDate');
    expect(overdue.items.map((r: Body) => r.reference)).toContain('LR-07');
    expect(overdue.items.every((r: Body) => r.overdue)).toBe(true);
  });

  it('shows the SCO Secretariat’s liaison officer LR-01…LR-04 only, without the mission’s notes', async () => {
    const list = await get(SCO, '/api/liaison-requests?limit=100');
    expect(list.items.map((r: Body) => r.reference)).toEqual(['LR-01', 'LR-02', 'LR-03', 'LR-04']);
    expect(list.total).toBe(4);
    for (const r of list.items) {
      expect(r.internalNotes).toBeNull();
      expect(r.canStep).toBe(true);
      expect(r.abilities.update).toBe(false);
    }
    const staffList = await get(STAFF, '/api/liaison-requests?limit=100');
    for (const r of staffList.items.filter((x: Body) => !['LR-01', 'LR-02', 'LR-03', 'LR-04'].includes(x.reference))) {
      const res = await request(SCO, `/api/liaison-requests/${r.id}`);
      expect(res.statusCode).toBe(404);
      expect((await request(SCO, `/api/liaison-requests/${r.id}/steps`)).statusCode).toBe(404);
    }
    // Search and calendar: nothing of the EEC's requests, nor the notes' words.
    const search = await get(SCO, '/api/search?q=EEC business-dialogue');
    expect(JSON.stringify(search)).not.toMatch(/business-dialogue/);
    const notes = await get(SCO, '/api/search?q=disagreement');
    expect(notes.items ?? notes.results ?? []).toHaveLength(0);
    const cal = await get(SCO, '/api/calendar?from=2026-06-01T00:00:00Z&to=2027-06-01T00:00:00Z&modules=liaison');
    const titles = JSON.stringify(cal);
    expect(titles).toMatch(/LR-03/);
    expect(titles).not.toMatch(/LR-0[5-8]/);
    // The graph draws the SCO side's requests only; the public ASEAN–EEC MoU may be drawn, its requests not.
    const graph = await get(SCO, '/api/relationship-graph');
    const eecNode = graph.nodes.find((n: Body) => /EEC|Eurasian/.test(n.name));
    const requestEdges = graph.edges.filter((e: Body) => e.kind === 'liaison_request');
    expect(requestEdges.reduce((sum: number, e: Body) => sum + Number(e.label), 0)).toBe(4);
    expect(requestEdges.some((e: Body) => e.source === eecNode?.id || e.target === eecNode?.id)).toBe(false);
    const staffGraph = await get(STAFF, '/api/relationship-graph?area=counter-terrorism');
    expect(staffGraph.edges.map((e: Body) => e.label)).toContain('Memorandum of Understanding between the ASEAN Secretariat and the SCO Secretariat');
    // A delegate sees no liaison request at all.
    expect((await get(DELEGATE, '/api/liaison-requests')).total).toBe(0);
  });
});

describe('the demo agreements and focal points', () => {
  it('holds the two MoUs with their sources, and the Cooperation Programme succeeding the 2018 MoU', async () => {
    const list = await get(null, '/api/agreements?limit=50');
    const byTitle = (re: RegExp) => list.items.find((a: Body) => re.test(a.names.en));
    const sco = byTitle(/SCO Secretariat/);
    expect(sco).toMatchObject({ signedOn: '2005-04-21', provenance: 'REAL', sourceUrl: expect.stringMatching(/asean\.org/) });
    const eec = byTitle(/Eurasian Economic Commission/);
    expect(eec).toMatchObject({ signedOn: '2018-11-14' });
    const programme = byTitle(/Cooperation Programme/);
    expect(programme.predecessor).toMatchObject({ id: eec.id });
    const eecFull = await get(null, `/api/agreements/${eec.id}`);
    expect(eecFull.successors.map((s: Body) => s.id)).toEqual([programme.id]);
    // The disaster-management MoU is mission-only: a visitor does not see it.
    expect(list.items.some((a: Body) => /Disaster/.test(a.names.en))).toBe(false);
    const staff = await get(STAFF, '/api/agreements?limit=50');
    expect(staff.items.find((a: Body) => /Disaster/.test(a.names.en))).toMatchObject({ signedOn: '2021-02-19', noticeDeadline: '2026-08-22' });
  });

  it('answers who to call at the SCO Secretariat about counter-narcotics, and shows an ended term as vacant', async () => {
    const fps = await get(STAFF, '/api/focal-points?limit=50');
    const sco = fps.items.find((f: Body) => /Counter-narcotics/.test(f.area));
    const lookup = await get(STAFF, `/api/focal-points/lookup?organizationId=${sco.organizationId}&area=counter-narcotics`);
    expect(lookup.items).toHaveLength(1);
    expect(lookup.items[0]).toMatchObject({ vacant: false, person: { name: 'Wang Shili' }, post: 'Counsellor, external relations' });
    const sps = fps.items.find((f: Body) => /SPS/.test(f.area));
    expect(sps.vacant).toBe(true);
  });
});

describe('the public events', () => {
  it('are readable without signing in, in English and Russian, and nothing that is not public appears', async () => {
    const en = await get(null, '/api/public/events');
    const ru = await get(null, '/api/public/events?lang=ru');
    const page = await request(null, '/public/events?lang=ru');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const ics = await request(null, '/api/public/events.ics');
    expect(ics.body).toMatch(/METHOD:PUBLISH/);
    const publicOnes = EVENTS.filter((e) => e.isPublic);
    expect(en.items).toHaveLength(publicOnes.length);
    expect(ru.mission).toMatch(/Постоянное представительство/);
    for (const e of publicOnes) {
      expect(en.items.map((i: Body) => i.title)).toContain(e.names.en);
      expect(page.body).toContain(e.names.ru.replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
    }
    for (const e of EVENTS.filter((x) => !x.isPublic)) {
      for (const body of [JSON.stringify(en), JSON.stringify(ru), page.body, ics.body]) {
        expect(body).not.toContain(e.names.en.slice(0, 30));
        expect(body).not.toContain(e.names.ru.slice(0, 30));
      }
    }
    // A signed-in member of staff gets the same public listing.
    expect((await get(STAFF, '/api/public/events')).items).toHaveLength(publicOnes.length);
  });

  it('keep EV-12’s calendar identity through two reschedules (SEQUENCE 2) and EV-14 cancelled', async () => {
    const cal = await get(STAFF, '/api/calendar?from=2026-01-01T00:00:00Z&to=2027-01-31T00:00:00Z&modules=events&includeCancelled=true');
    const items = cal.items as Body[];
    const ev12 = items.find((i) => /AR-18/.test(i.title));
    expect(ev12).toBeDefined();
    expect(ev12.sequence).toBe(2);
    const ev14 = items.find((i) => /Youth Summit/.test(i.title));
    expect(ev14?.status).toBe('cancelled');
  });
});
