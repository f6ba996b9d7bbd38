// Load runs with autocannon against the app served from a child process, and their latency statistics.
/**
 * Load against a running server: the server in a child process, autocannon
 * in this one. With two cores, each gets roughly one; the PostgreSQL server's
 * backends share them too, so absolute numbers are a floor and ratios measured
 * in one run are what compare.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type RawRequest } from 'autocannon';
import type { ToServer } from './ipc.ts';
import type { BenchDataset, Scenario } from './scenarios.ts';
import { type Stats, round, stats } from './stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export type Server = {
  url: string;
  port: number;
  pid: number;
  /** The PostgreSQL database it uses (to account the backends' CPU), if any. */
  database?: string;
  /** Asks the server process to do something between load runs (see server.ts). */
  ask<T>(msg: ToServer): Promise<T>;
  stop(): Promise<void>;
};

/** Starts `bench/server.ts` with `env` and waits for its port; `root` names another checkout to serve (the baseline of a comparison). */
export async function startServer(env: Record<string, string>, database?: string, root = path.resolve(here, '..')): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'server.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += String(d);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start within 120 s\n${stderr}`)), 120_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line).port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening\n${stderr}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  let nextId = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.reject(new Error(`server: ${m.error}`));
    else w?.resolve(m.result);
  });
  child.once('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`server exited with ${code}\n${stderr}`));
    waiting.clear();
  });
  const ask = <T>(msg: ToServer) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...msg, id });
    });
  return { url: `http://127.0.0.1:${port}`, port, pid: child.pid!, database, ask, stop };
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds a process has used so far (Linux), or null elsewhere. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU seconds of each PostgreSQL backend serving `database` (Linux: backends name their database in their process title). */
function backendCpuSeconds(database: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!database) return out;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!title.startsWith('postgres:') || !title.includes(` ${database} `)) continue;
      const cpu = cpuSeconds(Number(entry));
      if (cpu !== null) out.set(entry, cpu);
    } catch {}
  }
  return out;
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineBusySeconds(): number | null {
  try {
    const [, ...v] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const total = v.slice(0, 8).reduce((s, x) => s + x, 0);
    return (total - v[3] - v[4]) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Where the CPU went during a run, in cores (1 = one core busy the whole time): the server process, this load generator, the database's backends, everything else. */
export type CpuShares = { server: number | null; loadgen: number; database: number; other: number | null; wallSeconds: number };

function cpuMeter(serverPid: number, database: string | undefined) {
  const s0 = cpuSeconds(serverPid);
  const own0 = process.cpuUsage();
  const pg0 = backendCpuSeconds(database);
  const m0 = machineBusySeconds();
  const t0 = performance.now();
  return (): CpuShares => {
    const wall = (performance.now() - t0) / 1000;
    const s1 = cpuSeconds(serverPid);
    const own = process.cpuUsage(own0);
    const m1 = machineBusySeconds();
    const server = s0 !== null && s1 !== null ? (s1 - s0) / wall : null;
    const loadgen = (own.user + own.system) / 1e6 / wall;
    let backends = 0;
    // Backends opened during the run started from zero.
    for (const [pid, cpu] of backendCpuSeconds(database)) backends += cpu - (pg0.get(pid) ?? 0);
    const db = backends / wall;
    const other = m0 !== null && m1 !== null && server !== null ? Math.max(0, (m1 - m0) / wall - server - loadgen - db) : null;
    return {
      server: server === null ? null : round(server, 3),
      loadgen: round(loadgen, 3),
      database: round(db, 3),
      other: other === null ? null : round(other, 2),
      wallSeconds: round(wall, 3),
    };
  };
}

export type LoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  /** Completed requests per second over the run. */
  rps: number;
  /** From every response's own timing (ms, sub-millisecond precision). */
  latency: Stats;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Cores used by the server process, this load generator, the PostgreSQL processes, and anything else on the machine. */
  cpu: CpuShares;
  /**
   * CPU milliseconds per request in the server process, the database's
   * backends and the load generator. Unlike latency, these hardly move when
   * other work shares the machine.
   */
  cpuPerRequest: { app: number | null; db: number; loadgen: number };
  /**
   * What a quiet two-core machine could serve, from the CPU per request: the
   * server's one event loop gives at most 1000 / app ms, and server, backends
   * and load generator together at most two cores. An upper bound.
   */
  capacity: number | null;
};

export type Caller = { cookie: string };

/** Headers a browser would send: the session cookie, and for writes the same-site Origin and a JSON body type. */
function headersFor(server: Server, caller: Caller, method: string): Record<string, string> {
  const h: Record<string, string> = { accept: 'application/json' };
  if (caller.cookie) h.cookie = caller.cookie;
  if (method !== 'GET') {
    h.origin = server.url;
    h['content-type'] = 'application/json';
  }
  return h;
}

/** One request outside the load, to check the scenario answers as intended (status, and what came back). */
export async function probe(server: Server, scenario: Scenario, ds: BenchDataset, caller: Caller) {
  const r = scenario.request(ds, 0);
  const res = await fetch(server.url + r.path, {
    method: r.method,
    headers: { ...headersFor(server, caller, r.method), host: `127.0.0.1:${server.port}` },
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
  });
  const text = await res.text();
  let summary = '';
  try {
    const body = JSON.parse(text);
    if (Array.isArray(body.items)) summary = `${body.items.length} items of ${body.total}`;
    else if (body.id) summary = `id ${body.id}`;
    else if (body.status) summary = `status ${body.status}`;
    else summary = text.slice(0, 200);
  } catch {
    summary = text.slice(0, 200);
  }
  return { status: res.status, summary };
}

/** Loads one scenario for `seconds` (or `amount` requests) with `connections` connections. */
export async function load(
  server: Server,
  scenario: Scenario,
  ds: BenchDataset,
  caller: Caller,
  opts: { connections: number; seconds?: number; amount?: number },
): Promise<LoadResult> {
  let next = 0;
  const setupRequest = (req: RawRequest): RawRequest => {
    const r = scenario.request(ds, next++);
    req.method = r.method;
    req.path = r.path;
    req.headers = headersFor(server, caller, r.method);
    req.body = r.body === undefined ? undefined : JSON.stringify(r.body);
    return req;
  };
  const latencies: number[] = [];
  const meter = cpuMeter(server.pid, server.database);
  const instance = autocannon({
    url: server.url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 10 }),
    timeout: 30,
    requests: [{ setupRequest }],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  const cpu = meter();
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, Number(v.count)]));
  const total = Object.values(statusCodes).reduce((s, n) => s + n, 0);
  const perRequest = (cores: number) => round((cores * cpu.wallSeconds * 1000) / Math.max(1, total), 3);
  const cpuPerRequest = { app: cpu.server === null ? null : perRequest(cpu.server), db: perRequest(cpu.database), loadgen: perRequest(cpu.loadgen) };
  const capacity =
    cpuPerRequest.app === null || cpuPerRequest.app === 0
      ? null
      : Math.round(Math.min(1000 / cpuPerRequest.app, 2000 / (cpuPerRequest.app + cpuPerRequest.db + cpuPerRequest.loadgen)));
  return {
    connections: opts.connections,
    seconds: round(result.duration, 2),
    requests: total,
    rps: round(total / result.duration, 1),
    latency: stats(latencies),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    cpu,
    cpuPerRequest,
    capacity,
  };
}
