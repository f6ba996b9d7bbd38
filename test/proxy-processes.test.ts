// Two `serve` processes on one PostgreSQL database behind nginx (the recipe of docs/deploy.md): sessions, CSRF, live notifications and jobs across them, and one process killed mid-load.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { readSse } from './support/notifications.ts';
import { type Served, type ServedDatabase, freePort, servedDatabase, signIn, startServe, stopServe } from './support/served.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? (spawnSync('which', ['nginx']).stdout?.toString().trim() || undefined);
const TOKEN = 'proxy-test-metrics-token';

/** The recipe's nginx configuration (docs/deploy.md), on a loopback port, with every file in `dir`. */
function nginxConfig(dir: string, listen: number, upstreams: number[]) {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;

  upstream chancery {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n')}
    keepalive 16;
  }

  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 60m;

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Request-Id $request_id;
    proxy_connect_timeout 2s;
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;

    location / {
      proxy_pass http://chancery;
    }

    location = /api/notifications/stream {
      proxy_pass http://chancery;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }

    location = /metrics {
      return 404;
    }
  }
}
`;
}

describe.runIf(process.env.DATABASE_URL && !NGINX)('two processes behind nginx', () => {
  it.skip('needs nginx, which is not installed here (apt-get install nginx-light; .ci/run installs it)', () => {});
});

describe.runIf(process.env.DATABASE_URL && NGINX)('two processes behind nginx on one PostgreSQL', () => {
  let target: ServedDatabase;
  let db: Database;
  const served: Served[] = [];
  let nginx: ChildProcess | undefined;
  let dir: string;
  let proxy: string;

  beforeAll(async () => {
    target = await servedDatabase();
    db = await openDatabase({ databaseUrl: target.env.DATABASE_URL, poolSize: 2 });
    const env = { ...target.env, TRUST_PROXY: '1', METRICS_TOKEN: TOKEN };
    served.push(...(await Promise.all([startServe(env), startServe(env)])));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-nginx-'));
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, port, served.map((s) => s.port)));
    nginx = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    proxy = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    while ((await fetch(`${proxy}/readyz`).then((r) => r.status).catch(() => 0)) !== 200) {
      if (Date.now() > deadline || nginx.exitCode !== null) throw new Error('nginx did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 240_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    }
    for (const s of served) await stopServe(s);
    await db?.close();
    await target?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** How many requests a process answered, from its own metrics. */
  const answered = async (s: Served) => {
    const text = await (await fetch(`${s.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith('chancery_http_requests_total{') && l.includes('route="/api/auth/me"'))
      .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
  };

  it('keeps one session across both processes, refuses a cross-site write through the proxy, and passes its request id on', async () => {
    const cookie = await signIn(proxy, 'staff');
    for (let i = 0; i < 12; i++) expect((await fetch(`${proxy}/api/auth/me`, { headers: { cookie } })).status).toBe(200);
    // Round robin: both processes knew the session.
    expect(await answered(served[0])).toBeGreaterThan(0);
    expect(await answered(served[1])).toBeGreaterThan(0);

    const write = (origin: string) =>
      fetch(`${proxy}/api/organizations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin },
        body: JSON.stringify({ names: { en: `Behind the proxy ${origin.length}` }, kind: 'agency', classification: 'mission' }),
      });
    const created = await write(proxy);
    expect(created.status).toBe(201);
    const crossSite = await write('https://evil.example');
    expect(crossSite.status).toBe(403);
    // nginx's $request_id reached the audit entry.
    const id = created.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const { id: orgId } = (await created.json()) as { id: string };
    const rows = ((await db.db.execute(sql`select request_id from audit_log where record_id = ${orgId}`)) as unknown as { rows: { request_id: string }[] }).rows;
    expect(rows[0].request_id).toBe(id);
    // The metrics stay inside.
    expect((await fetch(`${proxy}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  }, 60_000);

  it('delivers a live notification raised through one process to a stream held by the other, and runs jobs on both', async () => {
    const delegate = await signIn(proxy, 'delegateId');
    const staff = await signIn(proxy, 'staff');
    const { unread: start } = (await (await fetch(`${proxy}/api/notifications/unread-count`, { headers: { cookie: delegate } })).json()) as { unread: number };
    const stream = readSse(`${proxy}/api/notifications/stream`, delegate, (n) => n >= start + 2, 20_000);
    await new Promise((r) => setTimeout(r, 500));
    // Two writes, so round robin sends one of them to the process not holding the stream.
    for (const n of [1, 2]) {
      const res = await fetch(`${proxy}/api/organizations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: staff, origin: proxy },
        body: JSON.stringify({ names: { en: `Shared across processes ${n}` }, kind: 'agency', classification: 'shared', sharedWith: { parties: ['ID'], organizations: [] } }),
      });
      expect(res.status).toBe(201);
    }
    expect((await stream).at(-1)).toBeGreaterThanOrEqual(start + 2);

    const jobs = 20;
    await db.db.execute(sql`insert into jobs (kind, run_at) select 'platform.housekeeping', now() from generate_series(1, ${jobs})`);
    await expect
      .poll(
        async () => ((await db.db.execute(sql`select count(*)::int as n from jobs where kind = 'platform.housekeeping' and status = 'done'`)) as unknown as { rows: { n: number }[] }).rows[0].n,
        { timeout: 30_000, interval: 200 },
      )
      .toBeGreaterThanOrEqual(jobs);
    const failed = ((await db.db.execute(sql`select count(*)::int as n from jobs where status = 'failed'`)) as unknown as { rows: { n: number }[] }).rows[0].n;
    expect(failed).toBe(0);
  }, 60_000);

  it('loses no request when one process is killed mid-load: the proxy retries on the other', async () => {
    const cookie = await signIn(proxy, 'staff');
    const statuses: number[] = [];
    let stop = false;
    const reader = async () => {
      while (!stop) {
        const res = await fetch(`${proxy}/api/organizations?limit=5`, { headers: { cookie } }).catch(() => null);
        statuses.push(res?.status ?? 0);
        await res?.arrayBuffer();
      }
    };
    const readers = Array.from({ length: 6 }, reader);
    await expect.poll(() => statuses.length, { timeout: 20_000, interval: 20 }).toBeGreaterThan(50);
    await stopServe(served[0], 'SIGKILL');
    const atKill = statuses.length;
    await expect.poll(() => statuses.length, { timeout: 20_000, interval: 20 }).toBeGreaterThan(atKill + 100);
    stop = true;
    await Promise.all(readers);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    // Writes carry on through the survivor.
    const after = await fetch(`${proxy}/api/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: proxy },
      body: JSON.stringify({ names: { en: 'After the crash' }, kind: 'agency', classification: 'mission' }),
    });
    expect(after.status).toBe(201);
  }, 90_000);
});
