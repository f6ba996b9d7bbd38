// GET /metrics behind its token: requests and latency per route pattern, the job queue, the database pool, the event loop; request ids from the header to problem bodies and audit entries.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { scheduleJob } from '../src/server/platform/jobs/jobs.ts';
import { expectProblem, expectStatus } from './support/http.ts';
import { type TestApp, createTestApp } from './support/test-app.ts';

const TOKEN = 'a-metrics-token-of-the-mission';
let t: TestApp;
let plain: TestApp;

beforeAll(async () => {
  t = await createTestApp({ configEnv: { METRICS_TOKEN: TOKEN, TRUST_PROXY: '1' } });
  plain = await createTestApp();
});
afterAll(async () => {
  await t?.close();
  await plain?.close();
});

const scrape = (token?: string) => t.app.inject({ method: 'GET', url: '/metrics', headers: token ? { authorization: `Bearer ${token}` } : {} });

/** The value of one sample line, e.g. `chancery_jobs{status="pending"}`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? want.every((w) => l.includes(w)) : false);
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('metrics', () => {
  it('are not served without METRICS_TOKEN, and ask for the token when it is set', async () => {
    expectProblem(await plain.app.inject({ method: 'GET', url: '/metrics' }), 404, { code: 'route.not_found' });
    expectProblem(await scrape(), 401, { code: 'metrics.unauthorized' });
    expectProblem(await scrape('not-the-token-at-all-but-long'), 401, { code: 'metrics.unauthorized' });
  });

  it('count requests and their latency by route pattern, never by address', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (let i = 0; i < 3; i++) expectStatus(await t.as('staff', 'GET', `/api/organizations/${missing}`), 404);
    expectStatus(await t.as('staff', 'GET', '/api/organizations'), 200);
    const res = await scrape(TOKEN);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;
    expect(sample(text, 'chancery_http_requests_total', { method: 'GET', route: '/api/organizations/:id', status: '404' })).toBe(3);
    expect(sample(text, 'chancery_http_requests_total', { method: 'GET', route: '/api/organizations', status: '200' })).toBe(1);
    expect(sample(text, 'chancery_http_request_duration_seconds_count', { method: 'GET', route: '/api/organizations/:id' })).toBe(3);
    expect(text).not.toContain(missing);
  });

  it('report the job queue, the database pool and the event loop', async () => {
    await scheduleJob(t.db, { kind: 'platform.housekeeping', runAt: new Date(Date.now() - 1000) });
    await scheduleJob(t.db, { kind: 'platform.housekeeping', runAt: new Date(Date.now() + 3_600_000) });
    await t.db.execute(sql`insert into jobs (kind, status, attempts, last_error, run_at) values ('platform.housekeeping', 'failed', 5, 'gave up', now())`);
    const text = (await scrape(TOKEN)).body;
    expect(sample(text, 'chancery_jobs', { status: 'pending' })).toBe(2);
    expect(sample(text, 'chancery_jobs', { status: 'failed' })).toBe(1);
    expect(sample(text, 'chancery_jobs_due')).toBe(1);
    expect(sample(text, 'chancery_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'chancery_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });
});

describe('request ids', () => {
  it('name every answer, its problem body and the audit entry of its change', async () => {
    const missing = await t.as('staff', 'GET', '/api/organizations/00000000-0000-4000-8000-000000000000');
    const id = missing.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // A refusal is the same whatever the request (a hidden record answers exactly as a missing one): its id is in the header only.
    expect(expectProblem(missing, 404).requestId).toBeUndefined();

    const created = await t.as('staff', 'POST', '/api/organizations', { names: { en: 'Request id check' }, kind: 'agency', classification: 'mission' });
    const org = expectStatus(created, 201);
    const [entry] = ((await t.db.execute(sql`select request_id from audit_log where record_id = ${org.id}`)) as unknown as { rows: { request_id: string }[] }).rows;
    expect(entry.request_id).toBe(created.headers['x-request-id']);
  });

  it('name a server error in its problem body, to quote when reporting it', async () => {
    const app = await buildApp({
      config: t.config,
      database: t.database,
      logger: false,
      register: async (api) => {
        api.get('/api/test/fails', {
          config: { policy: { access: 'public' } },
          handler: async () => {
            throw new Error('a fault of the server');
          },
        });
      },
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/test/fails' });
      const problem = expectProblem(res, 500, { code: 'internal' });
      expect(problem.requestId).toBe(res.headers['x-request-id']);
      expect(problem.detail).toContain(problem.requestId);
      expect(res.body).not.toContain('a fault of the server');
    } finally {
      await app.close();
    }
  });

  it('keep the id a trusted proxy sent, and only then', async () => {
    const fromProxy = 'nginx-0f3c9a7e5b2d4c18';
    const behindProxy = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': fromProxy } });
    expect(behindProxy.headers['x-request-id']).toBe(fromProxy);
    const direct = await plain.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': fromProxy } });
    expect(direct.headers['x-request-id']).not.toBe(fromProxy);
    const odd = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'has spaces and "quotes"' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
