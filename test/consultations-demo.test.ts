// The demo consultations: each in the state it is meant to show, as each demo user sees it.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/client.ts';
import { jobs, users } from '../src/server/db/schema/index.ts';
import { SESSION_COOKIE, createSession } from '../src/server/platform/auth/sessions.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import type { Body } from './support/http.ts';
import { createTestDatabase } from './support/database.ts';

let database: Database;
let app: FastifyInstance;
const cookies: Record<string, string> = {};
const STAFF = 'staff@chancery.test';
const VN = 'delegate.vn@chancery.test';
const ID = 'delegate.id@chancery.test';

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  await seedDemo({ db: database.db, database, config });
  app = await buildApp({ config, database, logger: false, demoMode: true });
  await app.ready();
  for (const email of [STAFF, VN, ID]) {
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
  return res.json();
};
const byReference = async (who: string, reference: string) => {
  const list = await get(who, `/api/consultations?view=all&limit=100&q=${encodeURIComponent(reference)}`);
  return list.items.find((c: Body) => c.reference === reference);
};

describe('demo consultations', () => {
  it('has a silence procedure running on version 2 of the energy work plan, with Thailand’s scrutiny reservation and a live expiry job', async () => {
    const c = await byReference(STAFF, 'ARJCC/2026/SP-03');
    expect(c).toMatchObject({ method: 'silence', status: 'open', provenance: 'INVENTED', currentVersion: { number: 2 }, silence: { status: 'running', versionNumber: 2 } });
    expect(Date.parse(c.silence.expiresAt)).toBeGreaterThan(Date.now());
    const positions = await get(STAFF, `/api/consultations/${c.id}/positions`);
    const th = positions.parties.find((p: Body) => p.partyCode === 'TH');
    expect(th.current).toMatchObject({ kind: 'reservation', reservationKind: 'scrutiny' });
    const [job] = await database.db.select().from(jobs).where(eq(jobs.key, `consultation.silence:${c.silence.id}`));
    expect(job?.status).toBe('pending');
    const redline = await get(STAFF, `/api/consultations/${c.id}/redline?from=${(await get(STAFF, `/api/consultations/${c.id}/versions`)).items.find((v: Body) => v.number === 1).id}&to=${c.currentVersion.id}`);
    expect(redline.segments.some((s: Body) => s.op === 'insert' && s.text.includes('capacity'))).toBe(true);
  });

  it('shows the fellowship terms as not adopted: silence broken by the Philippines’ amendment', async () => {
    const c = await byReference(STAFF, 'STWG/2026/03');
    expect(c.status).toBe('not_adopted');
    expect(c.silence).toMatchObject({ status: 'broken', brokenByParty: 'PH' });
  });

  it('adopted the disaster-management guidelines by consensus, numbered in the ARJCC register with Singapore’s reservation attached', async () => {
    const c = await byReference(STAFF, 'ARJCC/2026/SP-01');
    expect(c.status).toBe('adopted');
    expect(c.decisionCode).toMatch(/^ARJCC-/);
    expect(c.outcomeNote).toContain('Singapore');
  });

  it('keeps the draft cultural programme from the delegations, and puts open texts in Viet Nam’s inbox', async () => {
    expect(await byReference(STAFF, 'CULT/2027/01')).toMatchObject({ status: 'draft', classification: 'mission' });
    expect(await byReference(VN, 'CULT/2027/01')).toBeUndefined();
    const inbox = await get(VN, '/api/consultations?view=awaiting_mine&limit=100');
    const refs = inbox.items.map((c: Body) => c.reference);
    expect(refs).toEqual(expect.arrayContaining(['ARJCC/2026/SP-03', 'ARJCC/2026/CS-24', 'ICT/2026/R-02']));
    expect(refs).not.toContain('STWG/2026/03');
  });

  it('hides positions of other delegations where the consultation shows them to the mission only', async () => {
    const c = await byReference(ID, 'ARJCC/2026/SP-01');
    const positions = await get(ID, `/api/consultations/${c.id}/positions`);
    const sg = positions.parties.find((p: Body) => p.partyCode === 'SG');
    expect(sg).toMatchObject({ hidden: true, current: null });
    expect(positions.parties.find((p: Body) => p.partyCode === 'ID').current.kind).toBe('no_objection');
    expect(positions.history.every((p: Body) => p.partyCode === 'ID')).toBe(true);
  });
});
