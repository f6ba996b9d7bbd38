// `chancery serve` as a real process for the slow tests: a database with the test accounts (embedded folder or server database), starting, signing in over HTTP, kill -9 and stopping.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { pgliteExtensions } from '../../src/server/db/client.ts';
import { SESSION_COOKIE } from '../../src/server/platform/auth/sessions.ts';
import { createTestDatabase } from './database.ts';
import { TEST_PASSWORD } from './test-accounts.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A database with the test accounts that `serve` processes can open: its settings, and how to remove it. */
export type ServedDatabase = { env: Record<string, string>; dispose(): Promise<void> };

/**
 * The run's `accounts` template as a database of its own: on PostgreSQL a
 * copy on the server; embedded, the template loaded into a data folder on
 * disk (with a files folder beside it).
 */
export async function servedDatabase(): Promise<ServedDatabase> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-served-'));
  const files = { CHANCERY_FILES_DIR: path.join(work, 'files') };
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase('accounts');
    const url = (database as { url?: string }).url!;
    // Only the served processes use it: this side's pool never connects, and closing it drops the database.
    return {
      env: { DATABASE_URL: url, ...files },
      dispose: async () => {
        await database.close().catch(() => {});
        fs.rmSync(work, { recursive: true, force: true });
      },
    };
  }
  const templates = inject('databaseTemplates');
  if (templates?.kind !== 'pglite') throw new Error('No embedded template database: run the tests with vitest.');
  const dataDir = path.join(work, 'data');
  const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([fs.readFileSync(templates.files.accounts)]), extensions: pgliteExtensions });
  await pglite.close();
  return { env: { CHANCERY_DATA_DIR: dataDir, ...files }, dispose: async () => fs.rmSync(work, { recursive: true, force: true }) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** The environment of a child process: this one's, without the test runner's and Chancery's own settings. */
export function childEnv(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('VITEST') && !/^(DATABASE_URL|CHANCERY_.*|PORT|HOST|PUBLIC_URL|TRUST_PROXY|NODE_ENV)$/.test(k)) out[k] = v;
  }
  return { ...out, NODE_ENV: 'development', LOG_LEVEL: 'warn', CHANCERY_DEMO: '0', JOB_POLL_MS: '200', ...env };
}

export type Served = { port: number; base: string; child: ChildProcess; output(): string };

/** Starts `chancery serve` on a free port and waits until it answers `/readyz`. */
export async function startServe(env: Record<string, string>, timeoutMs = 120_000): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
    cwd: repoRoot,
    env: childEnv({ ...env, PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const ready = await fetch(`${base}/readyz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ready) return { port, base, child, output: () => output };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`chancery serve did not become ready on port ${port}:\n${output}`);
}

/** Ends a served process: SIGTERM (or SIGKILL, as a crash), and waits for it to exit. */
export async function stopServe(served: Served | undefined, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') {
  if (!served || served.child.exitCode !== null || served.child.signalCode !== null) return;
  const exited = new Promise((resolve) => served.child.once('exit', resolve));
  served.child.kill(signal);
  await exited;
}

/** Signs a test account in over HTTP; returns the session cookie. */
export async function signIn(base: string, who: string, origin = base): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: `${who}@test.example`, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${who} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return cookie!.split(';')[0];
}

/** Runs one `chancery` command to its end. */
export function runChancery(args: string[], env: Record<string, string>) {
  return finished(spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], { cwd: repoRoot, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** What a process printed, and its exit code, once it has ended. */
export function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => {
      stdout += d;
    });
    child.stderr!.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
