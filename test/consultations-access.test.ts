// A consultation kept from those not on its list: 404 on every route, untouched by their attempts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulate, createConsultation, newVersion } from './consultations-fixtures.ts';
import { type Body, expectStatus } from './support/http.ts';
import { fillPath, registeredRoutes, routeKey } from './support/routes.ts';
import { type TestApp, type Who, createTestApp } from './support/test-app.ts';

let t: TestApp;
let c: Body;
let v1: string;
let v2: string;

beforeAll(async () => {
  t = await createTestApp();
  // A silence consultation for Indonesia only, with a running procedure, positions, a thread and two versions.
  c = await createConsultation(t, { method: 'silence', deadline: null, distribution: { parties: ['ID'], organizations: [] } });
  await circulate(t, c.id);
  const versions = expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}/versions`), 200);
  v1 = versions.items[0].id;
  v2 = (await newVersion(t, c.id, '<p>Second text</p>')).id;
  await circulate(t, c.id);
  expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/silence`, { action: 'launch', expiresAt: new Date(Date.now() + 48 * 3_600_000).toISOString() }), 200);
  expectStatus(await t.as('delegateId', 'PUT', `/api/consultations/${c.id}/positions`, { kind: 'reservation', reservationKind: 'general', text: 'Subject to review.' }), 200);
  expectStatus(await t.as('delegateId', 'POST', `/api/consultations/${c.id}/comments`, { body: 'A comment from Indonesia' }), 201);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** What a route of one consultation answers to: its path, as the app registered it, under /api/consultations/:id. */
const isConsultationRoute = (url: string) => url === '/api/consultations/:id' || url.startsWith('/api/consultations/:id/');

/**
 * Routes of a consultation that this test cannot call, each with the reason.
 * A registered route is either called below or named here; a name here that
 * the app no longer registers fails the test too.
 */
const notCalled: Record<string, string> = {};

/** Values for the path parameters of a consultation's routes. */
const pathValues = () => ({ id: c.id, versionId: v2 });

/** The body or query a route needs to get past validation, so that the answer comes from the access check. */
const inputs = (): Record<string, { body?: object; query?: string }> => ({
  'PATCH /api/consultations/:id': { body: { title: 'Taken over' } },
  'POST /api/consultations/:id/versions': { body: { content: '<p>x</p>' } },
  'PATCH /api/consultations/:id/versions/:versionId': { body: { content: '<p>x</p>' } },
  'GET /api/consultations/:id/redline': { query: `from=${v1}&to=${v2}` },
  'PUT /api/consultations/:id/positions': { body: { kind: 'objection', text: 'No' } },
  'POST /api/consultations/:id/silence': { body: { action: 'withdraw' } },
  'POST /api/consultations/:id/withdraw': { body: {} },
  'POST /api/consultations/:id/comments': { body: { body: 'Hello' } },
});

const consultationRoutes = () => registeredRoutes(t.app).filter((r) => isConsultationRoute(r.url));

/** Every route of a consultation the app registers, as a party not on its list or a visitor would call it. */
const routes = () =>
  consultationRoutes()
    .filter((r) => !(routeKey(r) in notCalled))
    .map((r) => {
      const path = fillPath(r.url, pathValues());
      if (!path) throw new Error(`${routeKey(r)}: no value for a path parameter; give one in pathValues() or name the route in notCalled with the reason`);
      const { body, query } = inputs()[routeKey(r)] ?? {};
      return [r.method, query ? `${path}?${query}` : path, body] as const;
    });

describe('a consultation kept from those not on its list', () => {
  it('is tried on every route of a consultation the app registers', () => {
    const registered = consultationRoutes().map(routeKey);
    // The routes of the module when this test was written: the list only grows.
    expect(registered.length).toBeGreaterThanOrEqual(19);
    expect(Object.keys(notCalled).filter((key) => !registered.includes(key)), 'named in notCalled but not registered').toEqual([]);
    expect(Object.keys(inputs()).filter((key) => !registered.includes(key)), 'inputs for a route that is not registered').toEqual([]);
    // Throws for a route whose path parameters have no value here.
    expect(routes()).toHaveLength(registered.length - Object.keys(notCalled).length);
  });

  it('answers a delegate of a party not on the list 404 on every route, as if it did not exist', async () => {
    for (const [method, url, body] of routes()) {
      const res = await t.as('delegateVn', method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body, `${method} ${url}`).not.toContain('Subject to review');
    }
  });

  it('answers a liaison officer of an organisation not on the list 404 on every route', async () => {
    for (const [method, url, body] of routes()) expect((await t.as('liaisonSco', method, url, body)).statusCode, `${method} ${url}`).toBe(404);
  });

  it('gives a visitor 404 on reads and 401 on writes', async () => {
    for (const [method, url, body] of routes()) {
      const res = await t.as('anonymous', method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(method === 'GET' ? 404 : 401);
    }
  });

  it('leaves the consultation untouched by all those attempts', async () => {
    const after = expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}`), 200);
    expect(after).toMatchObject({ title: c.title, status: 'open', archivedAt: null, silence: { status: 'running' }, currentVersion: { id: v2 } });
    const positions = expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}/positions`), 200);
    expect(positions.history.map((p: Body) => [p.partyCode, p.kind])).toEqual([['ID', 'reservation']]);
    const comments = expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}/comments`), 200);
    expect(comments.items.map((x: Body) => x.body)).toEqual(['A comment from Indonesia']);
  });

  it('tells a delegate on the list their own standing, with the kind of reservation', async () => {
    const mine = expectStatus(await t.as('delegateId', 'GET', `/api/consultations/${c.id}`), 200).myParty;
    expect(mine).toEqual({ partyCode: 'ID', onList: true, position: 'reservation', reservationKind: 'general', canRespond: true });
    expect(expectStatus(await t.as('staff', 'GET', `/api/consultations/${c.id}`), 200).myParty).toBeNull();
  });

  it('finds it nowhere for them: lists, inbox, matrix and search', async () => {
    for (const who of ['delegateVn', 'liaisonSco', 'anonymous'] as Who[]) {
      for (const url of ['/api/consultations?view=all&limit=100', '/api/consultations?view=awaiting_mine', '/api/consultations/matrix?view=all']) {
        const res = expectStatus(await t.as(who, 'GET', url), 200);
        expect(JSON.stringify(res), `${who} ${url}`).not.toContain(c.id);
      }
      const search = expectStatus(await t.as(who, 'GET', `/api/search?q=${encodeURIComponent('food security')}`), 200);
      expect(JSON.stringify(search), who).not.toContain(c.id);
    }
    const staff = expectStatus(await t.as('staff', 'GET', `/api/search?q=${encodeURIComponent('food security')}`), 200);
    expect(JSON.stringify(staff)).toContain(c.id);
  });
});
