// Prometheus metrics (prom-client): requests and their latency per route, the job queue, the database pool and the event loop; served at GET /metrics to a bearer of METRICS_TOKEN.
import { timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { JOB_STATUSES } from '../../../shared/notifications.ts';
import type { Database } from '../../db/client.ts';
import { metricsTokenRequired, routeNotFound } from './http.errors.ts';
import { sendError } from './problem.ts';
import type { Api } from './types.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's metrics. */
    metrics: Registry;
  }
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Collects this process's metrics from the first request on. The job and
 * database figures are read when scraped; the job queue is shared by every
 * process on the database, so any of them reports it.
 */
export function installMetrics(app: FastifyInstance, database: Database) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chancery_' });
  const requests = new Counter({
    name: 'chancery_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'chancery_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'chancery_jobs',
    help: 'Background jobs in the database, by status (failed: gave up after their last attempt)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const rows = rowsOf<{ status: string; n: number }>(await database.db.execute(sql`select status, count(*)::int as n from jobs group by status`));
      for (const status of JOB_STATUSES) this.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
    },
  });
  new Gauge({
    name: 'chancery_jobs_due',
    help: 'Pending jobs whose time has come: the queue waiting for a worker',
    registers: [registry],
    async collect() {
      const [row] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from jobs where status = 'pending' and run_at <= now()`));
      this.set(row.n);
    },
  });
  new Gauge({
    name: 'chancery_jobs_retrying',
    help: 'Pending jobs that failed at least once and wait for another attempt',
    registers: [registry],
    async collect() {
      const [row] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from jobs where status = 'pending' and attempts > 0`));
      this.set(row.n);
    },
  });
  new Gauge({
    name: 'chancery_db_pool_connections',
    help: 'Database connections of this process: total, idle, and requests waiting for one (the embedded database has one)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = database.pool;
      this.set({ state: 'total' }, pool ? pool.totalCount : 1);
      this.set({ state: 'idle' }, pool ? pool.idleCount : 0);
      this.set({ state: 'waiting' }, pool ? pool.waitingCount : 0);
    },
  });
  app.decorate('metrics', registry);
  app.addHook('onResponse', async (request, reply) => {
    // The pattern, not the address: ids and tokens never become labels.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** `GET /metrics` in the Prometheus text format, with `Authorization: Bearer <METRICS_TOKEN>`; not served without the setting. */
export async function metricsRoutes(app: Api) {
  app.get('/metrics', {
    config: { policy: { access: 'public' } },
    logLevel: 'warn',
    schema: { hide: true },
    handler: async (request, reply) => {
      const token = app.deps.config.metricsToken;
      if (!token) return sendError(reply, request, routeNotFound());
      const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!sameToken(given, token)) return sendError(reply, request, metricsTokenRequired());
      const body = await app.metrics.metrics();
      return reply.type(app.metrics.contentType).send(body);
    },
  });
}
