// The demo mechanisms and sessions: provenance, health, and what each demo user sees.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/client.ts';
import { users } from '../src/server/db/schema/index.ts';
import { bodies as demoBodies } from '../src/server/modules/meetings/demo/bodies.data.ts';
import { sessions } from '../src/server/modules/meetings/demo/sessions.data.ts';
import { SESSION_COOKIE, createSession } from '../src/server/platform/auth/sessions.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import type { Body } from './support/http.ts';
import { createTestDatabase } from './support/database.ts';

let database: Database;
let app: FastifyInstance;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  await seedDemo({ db: database.db, database, config });
  app = await buildApp({ config, database, logger: false, demoMode: true });
  await app.ready();
  for (const email of ['staff@chancery.test', 'head@chancery.test', 'delegate.id@chancery.test', 'delegate.vn@chancery.test']) {
    const [u] = await database.db.select().from(users).where(eq(users.email, email));
    cookies[email] = `${SESSION_COOKIE}=${await createSession(database.db, u.id, { ip: null, userAgent: null })}`;
  }
}, 180_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const get = async (who: string, url: string): Promise<Body> => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });
  expect(res.statusCode, res.body).toBe(200);
  return url.includes('/export.') ? res : res.json();
};
const STAFF = 'staff@chancery.test';

describe('the demo mechanisms and sessions', () => {
  it('data carry provenance; REAL and MIXED records name a source', () => {
    for (const r of [...demoBodies, ...sessions]) {
      expect(r.provenance, r.key).toBeTruthy();
      if (r.provenance === 'REAL' || r.provenance === 'MIXED') expect(r.sourceUrl, r.key).toMatch(/^https?:\/\//);
    }
    expect(sessions.filter((s) => s.key.startsWith('CS-')).map((s) => s.key)).toEqual(Array.from({ length: 13 }, (_, i) => `CS-${String(i + 1).padStart(2, '0')}`));
  });

  it('shows the mechanisms health: the energy dialogue overdue, the JCC scheduled with its 24th session in 2027', async () => {
    const health = await get(STAFF, '/api/bodies/health');
    const by = Object.fromEntries(health.items.map((b: Body) => [b.acronym, b]));
    expect(by['SOME-Russia'].health).toMatchObject({ state: 'overdue', nextDueOn: '2024-08-24' });
    expect(by.ARJCC.health.state).toBe('scheduled');
    expect(by.ARJCC).toMatchObject({ currentCoordinator: { partyCode: 'MM' }, nextCoordinatorPartyCode: 'PH' });
    expect(by.Summit.health.state).toBe('irregular');
    expect(health.items[0].health.state).toBe('overdue');
    const next = await get(STAFF, `/api/meetings/${by.ARJCC.health.scheduledMeetingId}`);
    expect(next).toMatchObject({ number: 24, status: 'planned', timeZone: 'Asia/Jakarta', startsAt: '2027-03-17T02:30:00.000Z' });
    const coordinators = await get(STAFF, `/api/bodies/${by.ARJCC.id}/coordinators`);
    expect(coordinators.items.map((c: Body) => c.partyCode)).toEqual(['MY', 'LA', 'ID', 'KH', 'MM']);
  });

  it('has the 23rd JCC of 18 March 2026 with its record awaiting approval, and the next JCC offers its matters arising', async () => {
    const list = await get(STAFF, '/api/meetings?q=23rd%20ASEAN');
    const jcc = list.items.find((m: Body) => m.number === 23);
    expect(jcc).toMatchObject({ startsAt: '2026-03-18T02:30:00.000Z', endsAt: '2026-03-18T09:00:00.000Z', status: 'concluded', classification: 'shared', provenance: 'INVENTED' });
    const decisions = await get(STAFF, `/api/meetings/${jcc.id}/decisions`);
    expect(decisions.items.map((d: Body) => d.code)).toEqual(['ARJCC-23/D1', 'ARJCC-23/D2']);
    const attendance = await get(STAFF, `/api/meetings/${jcc.id}/attendance`);
    expect(attendance.parties).toHaveLength(12);
    const jccBody = (await get(STAFF, '/api/bodies?q=joint%20cooperation')).items[0];
    const next = await get(STAFF, `/api/bodies/${jccBody.id}`);
    const arising = await get(STAFF, `/api/meetings/${next.health.scheduledMeetingId}/matters-arising`);
    expect(arising.actionItems.map((a: Body) => a.title)).toEqual(expect.arrayContaining(['Nominate focal points for project AR-18', 'Prepare a concept note on AR-12 for the next meeting']));
    expect(arising.decisions.map((d: Body) => d.code)).toEqual(expect.arrayContaining(['ARJCC-21/D1', 'ARJCC-23/D2']));
    const docx = await get(STAFF, `/api/meetings/${jcc.id}/export.docx`);
    expect((await mammoth.extractRawText({ buffer: docx.rawPayload })).value).toContain('ARJCC-23/D2');
  });

  it('shares committee sessions with the member states, keeps the mission’s own meetings from them', async () => {
    const asDelegate = await get('delegate.id@chancery.test', '/api/meetings?limit=100');
    const titles = asDelegate.items.map((m: Body) => m.title);
    expect(titles).toContain('23rd ASEAN–Russia Joint Cooperation Committee');
    expect(titles).not.toContain('24th ASEAN–Russia Joint Planning and Management Committee');
    expect(titles).not.toContain('Mission internal: pre-JCC coordination');
    const mine = await get('delegate.id@chancery.test', '/api/action-items?mine=true');
    expect(mine.items.map((a: Body) => a.title)).toContain('Nominate focal points for project AR-18');
    const restricted = await get(STAFF, '/api/meetings?q=pre-JCC');
    expect(restricted.items).toHaveLength(1);
    const classifications = new Set((await get('head@chancery.test', '/api/meetings?limit=100')).items.map((m: Body) => m.classification));
    expect([...classifications].sort()).toEqual(['mission', 'public', 'restricted', 'shared']);
  });
});
