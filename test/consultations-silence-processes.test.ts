// A silence procedure decided exactly once by job workers in several processes, also after a restart.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consultations, decisions, jobs, silenceProcedures } from '../src/server/db/schema/index.ts';
import { SILENCE_EXPIRY_JOB } from '../src/server/modules/consultations/deadline.jobs.ts';
import { scheduleJob } from '../src/server/platform/jobs/jobs.ts';
import { circulate, createConsultation } from './consultations-fixtures.ts';
import { expectProblem, expectStatus } from './support/http.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The expiry of a silence procedure decided by real `serve` processes on one
 * PostgreSQL database: exactly once with two of them, and on restart when
 * none was running at the expiry.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SLOW = 150_000;

function serverEnv(url: string, port: number): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !['DATABASE_URL', 'CHANCERY_DATA_DIR', 'CHANCERY_DEMO', 'NODE_ENV', 'PORT', 'PUBLIC_URL'].includes(k) && !k.startsWith('VITEST')) env[k] = v;
  }
  return { ...env, NODE_ENV: 'development', LOG_LEVEL: 'warn', CHANCERY_DEMO: '0', DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', JOB_POLL_MS: '100' };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it is true or `ms` have passed. */
async function until(check: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await pause(100);
  }
  return check();
}

describe.runIf(process.env.DATABASE_URL)('silence procedures decided by server processes on PostgreSQL', () => {
  let t: TestApp;
  let url: string;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    t = await createTestApp();
    url = (t.database as { url?: string }).url!;
  });
  afterAll(async () => {
    for (const child of children) await stop(child);
    await t?.close();
  });

  /** Starts `chancery serve` on the test database and waits until it answers. */
  async function serve(): Promise<ChildProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], { cwd: repoRoot, env: serverEnv(url, port), stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout!.on('data', (d) => {
      output += d;
    });
    child.stderr!.on('data', (d) => {
      output += d;
    });
    const ready = await until(
      () =>
        fetch(`http://127.0.0.1:${port}/readyz`)
          .then((r) => r.status === 200)
          .catch(() => false),
      90_000,
    );
    expect(ready, output).toBe(true);
    return child;
  }

  async function stop(child: ChildProcess) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    children.delete(child);
  }

  /** Circulates a silence consultation and launches silence expiring `ms` from now (on a whole second). */
  async function launchSilence(ms: number) {
    const c = await createConsultation(t, { method: 'silence', deadline: null, distribution: { parties: ['ID', 'VN'], organizations: [] } });
    await circulate(t, c.id);
    const expiresAt = new Date(Math.ceil((Date.now() + ms) / 1000) * 1000);
    const launched = expectStatus(await t.as('staff', 'POST', `/api/consultations/${c.id}/silence`, { action: 'launch', expiresAt: expiresAt.toISOString(), timeZone: 'Asia/Jakarta' }), 200);
    return { id: c.id as string, procedureId: launched.silence.id as string, expiresAt };
  }

  const consultation = async (id: string) => (await t.db.select().from(consultations).where(eq(consultations.id, id)))[0];
  const count = async (q: Promise<unknown[]>) => (await q).length;
  const expiryJobs = (procedureId: string) => t.db.select().from(jobs).where(and(eq(jobs.kind, SILENCE_EXPIRY_JOB), sql`${jobs.payload}->>'procedureId' = ${procedureId}`));

  it('two processes both running the job worker adopt the text exactly once', async () => {
    const servers = await Promise.all([serve(), serve()]);
    try {
      const { id, procedureId, expiresAt } = await launchSilence(3000);
      // Extra runs of the expiry for the same procedure, so both processes may reach for it at the same instant.
      for (let i = 0; i < 3; i++) await scheduleJob(t.db, { kind: SILENCE_EXPIRY_JOB, runAt: expiresAt, payload: { consultationId: id, procedureId } });

      const settled = await until(async () => (await expiryJobs(procedureId)).every((j) => j.status === 'done' || j.status === 'cancelled'), 60_000);
      expect(settled).toBe(true);
      const jobsRun = await expiryJobs(procedureId);
      expect(jobsRun).toHaveLength(4);
      expect(jobsRun.map((j) => j.lastError)).toEqual([null, null, null, null]);

      const c = await consultation(id);
      expect(c).toMatchObject({ status: 'adopted', outcomeAt: expiresAt });
      expect(c.decisionCode).toMatch(/^CPR-1\/D\d+$/);
      expect(await count(t.db.select().from(decisions).where(sql`${decisions.source}->>'recordId' = ${id}`))).toBe(1);
      expect(await count(t.db.select().from(auditLog).where(and(eq(auditLog.recordId, id), eq(auditLog.action, 'consultation.adopted'))))).toBe(1);
      expect(await count(t.db.select().from(auditLog).where(and(eq(auditLog.recordId, procedureId), eq(auditLog.action, 'silence_procedure.adopt'))))).toBe(1);
    } finally {
      await Promise.all(servers.map(stop));
    }
  }, SLOW);

  it('a server stopped before the expiry and started after it records the outcome as of the expiry; a position in between is refused', async () => {
    const a = await serve();
    const { id, procedureId, expiresAt } = await launchSilence(8000).finally(() => stop(a));
    // No server is running: the expiry passes undecided.
    expect(Date.now()).toBeLessThan(expiresAt.getTime());
    await pause(expiresAt.getTime() - Date.now() + 300);
    expect((await consultation(id)).status).toBe('open');
    expectProblem(await t.as('delegateVn', 'PUT', `/api/consultations/${id}/positions`, { kind: 'objection', text: 'After the expiry.' }), 409, { code: 'position.closed' });
    expect((await expiryJobs(procedureId)).map((j) => j.status)).toEqual(['pending']);

    const b = await serve();
    try {
      expect(await until(async () => (await consultation(id)).status !== 'open', 30_000)).toBe(true);
      const c = await consultation(id);
      expect(c).toMatchObject({ status: 'adopted', outcomeAt: expiresAt });
      const [p] = await t.db.select().from(silenceProcedures).where(eq(silenceProcedures.id, procedureId));
      expect(p).toMatchObject({ status: 'adopted', outcomeAt: expiresAt });
      expect((await expiryJobs(procedureId)).map((j) => j.status)).toEqual(['done']);
      expectProblem(await t.as('delegateVn', 'PUT', `/api/consultations/${id}/positions`, { kind: 'objection', text: 'Still too late.' }), 409, { code: 'consultation.decided' });
    } finally {
      await stop(b);
    }
  }, SLOW);
});
