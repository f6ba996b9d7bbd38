// `npm run bench:today`: how long the Today page's requests take, issued in parallel as the browser does, per role, on the demo data.
/**
 * Starts `chancery serve` on a throw-away embedded database with the demo
 * dataset (or on DATABASE_URL), signs in as each demo role, and times the
 * requests the Today page makes — all of a role's blocks at once, as the
 * browser sends them — over BENCH_TODAY_ROUNDS rounds after a warm-up. The
 * page's target is the slowest of them under 100 ms on the demo data.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats } from './stats.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_TODAY_PORT ?? 8391);
const rounds = Number(process.env.BENCH_TODAY_ROUNDS ?? 100);
const base = `http://127.0.0.1:${port}`;
const password = process.env.CHANCERY_DEMO_PASSWORD ?? 'chancery-demo';

/** The requests of each role's Today page (src/web/features/today/api/today-queries.ts). */
function requestsFor(role: 'mission' | 'outside', now: Date): string[] {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const ahead = (days: number) => `from=${encodeURIComponent(start.toISOString())}&to=${encodeURIComponent(new Date(start.getTime() + days * 86_400_000).toISOString())}`;
  if (role === 'outside')
    return [
      '/api/consultations?view=awaiting_mine&sort=deadline&limit=5',
      `/api/meetings?${ahead(30)}&sort=startsAt&limit=5`,
      '/api/consultations?view=all&sort=-updatedAt&limit=5',
      '/api/notifications?limit=5',
    ];
  return [
    `/api/meetings?${ahead(7)}&sort=startsAt&limit=5`,
    '/api/consultations?view=open&sort=deadline&limit=5',
    '/api/action-items?mine=true&status=open&sort=dueDate&limit=5',
    '/api/meetings?status=concluded&sort=-startsAt&limit=5',
    '/api/bodies/health',
    '/api/notifications?limit=5',
  ];
}

async function signIn(email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
}

async function timeRound(cookie: string, paths: string[]): Promise<number> {
  const t = performance.now();
  await Promise.all(
    paths.map(async (p) => {
      const res = await fetch(`${base}${p}`, { headers: { cookie, accept: 'application/json' } });
      if (!res.ok) throw new Error(`${p} answered ${res.status}`);
      await res.arrayBuffer();
    }),
  );
  return performance.now() - t;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-today-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
  cwd: root,
  env: { ...process.env, CHANCERY_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHANCERY_DEMO: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('the server did not get ready within 5 minutes');
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const now = new Date();
  const roles = [
    ['head@chancery.test', 'mission'],
    ['staff@chancery.test', 'mission'],
    ['delegate.id@chancery.test', 'outside'],
    ['liaison.sco@chancery.test', 'outside'],
  ] as const;
  console.log(`Today page on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, demo data, ${rounds} rounds per role (wall time of one page's parallel requests, ms)`);
  console.log('role                         requests   p50      p90      p99      max');
  for (const [email, role] of roles) {
    const cookie = await signIn(email);
    const paths = requestsFor(role, now);
    for (let i = 0; i < 10; i++) await timeRound(cookie, paths);
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) samples.push(await timeRound(cookie, paths));
    const s = stats(samples);
    console.log(`${email.padEnd(28)} ${String(paths.length).padEnd(10)} ${String(s.p50.toFixed(1)).padEnd(8)} ${String(s.p90.toFixed(1)).padEnd(8)} ${String(s.p99.toFixed(1)).padEnd(8)} ${s.max.toFixed(1)}`);
    // Each request alone, to show where the page's time goes.
    for (const p of paths) {
      const alone: number[] = [];
      for (let i = 0; i < Math.max(10, rounds / 4); i++) alone.push(await timeRound(cookie, [p]));
      console.log(`    ${stats(alone).p50.toFixed(1).padStart(7)} ms  ${p.replace(/from=[^&]*&to=[^&]*&/, '')}`);
    }
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
