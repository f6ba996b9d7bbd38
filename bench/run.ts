// `npm run bench`: generates the dataset, times each scenario in-process and under load, on PGlite then PostgreSQL, and writes the report.
/**
 * `npm run bench`: generates a large directory into a throw-away database,
 * measures each scenario's use case in-process, serves the real app from a
 * child process and loads it with autocannon; first on embedded PGlite, then
 * on the PostgreSQL server. Results go to bench/results/<timestamp>.{json,md}.
 *
 * Settings (environment): BENCH_DB=pglite|postgres|both, BENCH_DURATION (s per
 * endpoint at full concurrency), BENCH_DURATION_C1 (s at one connection),
 * BENCH_CONNECTIONS, BENCH_ORGS, BENCH_PEOPLE, BENCH_SEED, BENCH_SQL_ITERATIONS,
 * BENCH_SQL_MAX_MS, BENCH_WARMUP (seconds of load per scenario before measuring),
 * BENCH_ONLY (scenario names or prefixes, comma-separated), BENCH_PG_URL,
 * BENCH_BASELINE (another checkout, loaded on the same data alternately with
 * this one: a before/after table), BENCH_KEEP=1 (leave the server running on
 * its dataset after the run, for an outside load tool, until Ctrl-C).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchDatabase, analyse, pgliteDatabase, postgresDatabase, postgresReachable, serverVersion } from './databases.ts';
import type { DirectResult, SessionResult } from './ipc.ts';
import { load, probe, startServer } from './load.ts';
import { type DatabaseRun, type RunReport, type ScenarioResult, terminalSummary, writeReport } from './report.ts';
import { allScenarios, callerOf, generateDataset } from './scenarios.ts';
import { round } from './stats.ts';

const env = process.env;
const num = (name: string, fallback: number) => {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${v}"`);
  return n;
};
const settings = {
  db: (env.BENCH_DB ?? 'both') as 'pglite' | 'postgres' | 'both',
  duration: num('BENCH_DURATION', 10),
  durationC1: num('BENCH_DURATION_C1', 2),
  connections: num('BENCH_CONNECTIONS', 16),
  organizations: num('BENCH_ORGS', 2400),
  people: num('BENCH_PEOPLE', 12_000),
  seed: env.BENCH_SEED ?? 'chancery-bench-1',
  sqlIterations: num('BENCH_SQL_ITERATIONS', 200),
  sqlMaxMs: num('BENCH_SQL_MAX_MS', 1000),
  warmup: num('BENCH_WARMUP', 1),
  only: env.BENCH_ONLY ?? '',
  // auto: as in production — PostgreSQL's autovacuum analyses a freshly loaded table within a minute; `chancery serve` analyses an embedded database at start.
  analyze: (env.BENCH_ANALYZE ?? 'auto') as 'auto' | 'always' | 'never',
  baseline: env.BENCH_BASELINE ? path.resolve(env.BENCH_BASELINE) : '',
  keep: env.BENCH_KEEP === '1',
  pgUrl: env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
};
if (!['pglite', 'postgres', 'both'].includes(settings.db)) throw new Error(`BENCH_DB must be pglite, postgres or both, got "${settings.db}"`);
if (!['auto', 'always', 'never'].includes(settings.analyze)) throw new Error(`BENCH_ANALYZE must be auto, always or never, got "${settings.analyze}"`);
const targets = { listDetailRps: 500, maxRatio: 1.5 };
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

const started = Date.now();
const log = (msg: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

/** Undo steps for Ctrl-C: stop the server, drop the database. */
const cleanups = new Set<() => Promise<void>>();
let interrupted = false;
process.on('SIGINT', async () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  log('interrupted; cleaning up');
  for (const c of [...cleanups].reverse()) await c().catch(() => {});
  process.exit(130);
});

/** Busy cores on the machine over `ms`, before our own load starts: other work that will skew the numbers. */
async function backgroundLoad(ms = 2000): Promise<number | null> {
  const read = () => {
    try {
      const [, ...v] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
      return { busy: v.slice(0, 8).reduce((a, x) => a + x, 0) - v[3] - v[4], at: performance.now() };
    } catch {
      return null;
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return a && b ? round((b.busy - a.busy) / 100 / ((b.at - a.at) / 1000), 2) : null;
}

async function runOn(target: BenchDatabase): Promise<DatabaseRun> {
  const tag = `[${target.kind}]`;
  const scenarios = allScenarios(settings.only);
  log(`${tag} database at ${target.where}`);

  const database = await target.open();
  const closeDb = () => database.close();
  cleanups.add(closeDb);
  log(`${tag} generating ${settings.organizations} organisations and ${settings.people} people (seed ${settings.seed})`);
  const ds = await generateDataset(database.db, { seed: settings.seed, organizations: settings.organizations, people: settings.people });
  log(`${tag} inserted ${ds.counts.organizations} organisations, ${ds.counts.people} people, ${ds.counts.posts} posts in ${(ds.timings.insertMs / 1000).toFixed(1)} s`);
  const analysed = settings.analyze !== 'never';
  const ta = performance.now();
  if (analysed) await analyse(database);
  const analyseMs = analysed ? Math.round(performance.now() - ta) : null;
  log(`${tag} ${analysed ? `VACUUM ANALYZE in ${analyseMs} ms` : 'no VACUUM ANALYZE'}`);
  const version = await serverVersion(database);
  await database.close();
  cleanups.delete(closeDb);

  const background = await backgroundLoad(1000);
  if (background !== null && background > 0.3) log(`${tag} warning: ${background} cores busy with other work before the load; numbers will be noisy`);

  // The baseline serves a copy of the embedded database (one process per data folder), or the same PostgreSQL database.
  let baseline: Awaited<ReturnType<typeof startServer>> | null = null;
  if (settings.baseline) {
    let env = target.serverEnv;
    if (target.kind === 'pglite') {
      const copy = `${target.serverEnv.CHANCERY_DATA_DIR}-baseline`;
      fs.cpSync(target.serverEnv.CHANCERY_DATA_DIR, copy, { recursive: true });
      env = { CHANCERY_DATA_DIR: copy };
    }
    baseline = await startServer(env, target.name, settings.baseline);
    cleanups.add(baseline.stop);
    await baseline.ask({ type: 'dataset', dataset: ds });
    log(`${tag} baseline server (${settings.baseline}) pid ${baseline.pid} on ${baseline.url}`);
  }
  const server = await startServer(target.serverEnv, target.name);
  cleanups.add(server.stop);
  log(`${tag} server pid ${server.pid} on ${server.url}`);
  const timing = { iterations: settings.sqlIterations, maxMs: settings.sqlMaxMs, warmup: 10 };
  const results: ScenarioResult[] = [];
  const plans: DatabaseRun['plans'] = [];
  let sessionLookup: DatabaseRun['sessionLookup'];
  try {
    await server.ask({ type: 'dataset', dataset: ds });
    if (settings.warmup > 0) {
      for (const s of scenarios) {
        await load(server, s, ds, callerOf(ds, s.as), { connections: 4, seconds: settings.warmup });
        if (baseline && !s.writes) await load(baseline, s, ds, callerOf(ds, s.as), { connections: 4, seconds: settings.warmup });
      }
      log(`${tag} warmed up (${settings.warmup} s per scenario)`);
    }
    sessionLookup = (await server.ask<SessionResult>({ type: 'session', cookie: ds.accounts.staff.cookie, timing })).stats;
    for (const s of scenarios) {
      const caller = callerOf(ds, s.as);
      // The use case alone, in the server process, just before its endpoint is loaded.
      const d = await server.ask<DirectResult>({ type: 'direct', scenario: s.name, timing, explain: true });
      plans.push({ scenario: s.name, statements: d.statements });
      const p = await probe(server, s, ds, caller);
      // Baselines are steady and only set the floor: a short run is enough.
      const seconds = s.kind === 'baseline' ? Math.min(3, settings.duration) : settings.duration;
      const secondsC1 = s.kind === 'baseline' ? Math.min(1, settings.durationC1) : settings.durationC1;
      // Before and after alternate, each going first on every other scenario, so drift on a shared machine falls on both.
      const compared = baseline && !s.writes ? baseline : null;
      const first = compared && results.length % 2 === 0 ? await load(compared, s, ds, caller, { connections: settings.connections, seconds }) : undefined;
      const full = await load(server, s, ds, caller, { connections: settings.connections, seconds });
      const before = compared ? (first ?? (await load(compared, s, ds, caller, { connections: settings.connections, seconds }))) : undefined;
      // Slow endpoints get a fixed number of requests instead, so the p50 rests on enough samples.
      const minSamples = 20;
      const single = await load(
        server,
        s,
        ds,
        caller,
        d.stats.p50 * 2 * minSamples > secondsC1 * 1000 ? { connections: 1, amount: minSamples } : { connections: 1, seconds: secondsC1 },
      );
      const ratio = s.kind === 'baseline' ? Number.NaN : round(single.latency.p50 / d.stats.p50, 2);
      const misses: string[] = [];
      if (p.status < 200 || p.status >= 300) misses.push(`probe ${p.status}`);
      if (full.non2xx + single.non2xx + full.errors + single.errors > 0) misses.push('non-2xx/errors');
      if (target.kind === 'postgres' && (s.kind === 'list' || s.kind === 'detail') && full.rps < targets.listDetailRps) {
        misses.push(`< ${targets.listDetailRps} req/s${full.capacity !== null && full.capacity >= targets.listDetailRps ? ' (est. quiet ok)' : ''}`);
      }
      if (!Number.isNaN(ratio) && ratio > targets.maxRatio) misses.push(`c1/SQL ${ratio} > ${targets.maxRatio}`);
      results.push({
        name: s.name,
        module: s.module,
        description: s.description,
        kind: s.kind,
        as: s.as,
        probe: p,
        queriesPerCall: d.statements.length,
        direct: d.stats,
        load: full,
        single,
        ratio,
        misses,
        baseline: before,
      });
      log(
        `${tag} ${s.name}: ${before ? `before ${before.rps} req/s p99 ${before.latency.p99.toFixed(2)} ms → ` : ''}${full.rps} req/s, p50 ${full.latency.p50.toFixed(2)} ms, p99 ${full.latency.p99.toFixed(2)} ms, non-2xx ${full.non2xx}; c1 p50 ${single.latency.p50.toFixed(2)} ms = ${ratio} × use case (${d.stats.p50.toFixed(2)} ms, ${d.statements.length} statements); ${full.cpuPerRequest.app} ms app cpu/req; noise ${full.cpu.other} cores`,
      );
    }
    if (settings.keep) await keepServing(server, ds);
  } finally {
    await server.stop();
    cleanups.delete(server.stop);
    if (baseline) {
      await baseline.stop();
      cleanups.delete(baseline.stop);
    }
  }
  return {
    database: target.kind,
    version,
    where: target.where,
    background,
    dataset: { seed: ds.seed, counts: ds.counts, generateMs: ds.timings.generateMs, insertMs: ds.timings.insertMs, analyseMs },
    sessionLookup,
    scenarios: results,
    plans,
  };
}

/** BENCH_KEEP=1: the server stays up on its dataset for an outside load tool (wrk, ab) until Ctrl-C. */
async function keepServing(server: Awaited<ReturnType<typeof startServer>>, ds: Awaited<ReturnType<typeof generateDataset>>) {
  const who = Object.entries(ds.accounts).map(([k, a]) => `   ${k}: -H 'cookie: ${a.cookie}'`);
  process.stdout.write(
    `\nBENCH_KEEP: serving ${server.url} (pid ${server.pid}) until Ctrl-C. Sessions:\n${who.join('\n')}\n` +
      `e.g. wrk -t2 -c16 -d10s -H 'cookie: ${ds.accounts.staff.cookie}' '${server.url}/api/people?q=nguyen&limit=25'\n`,
  );
  await new Promise(() => {});
}

async function main() {
  const startedAt = new Date().toISOString();
  const runs: DatabaseRun[] = [];
  const kinds: ('pglite' | 'postgres')[] = settings.db === 'both' ? ['pglite', 'postgres'] : [settings.db];
  for (const kind of kinds) {
    if (kind === 'postgres') {
      const version = await postgresReachable(settings.pgUrl);
      if (!version) {
        const why = `no PostgreSQL server answers at ${settings.pgUrl.replace(/:[^:@/]*@/, ':***@')}`;
        if (settings.db === 'postgres') throw new Error(why);
        log(`[postgres] skipped: ${why}`);
        runs.push({ database: 'postgres', version: '–', where: '–', background: null, dataset: { seed: settings.seed, counts: {}, generateMs: 0, insertMs: 0, analyseMs: 0 }, sessionLookup: { n: 0, mean: 0, p50: 0, p90: 0, p97_5: 0, p99: 0, min: 0, max: 0 }, scenarios: [], plans: [], skipped: why });
        continue;
      }
    }
    const target = kind === 'pglite' ? pgliteDatabase() : await postgresDatabase(settings.pgUrl);
    cleanups.add(target.drop);
    try {
      runs.push(await runOn(target));
    } finally {
      await target.drop();
      cleanups.delete(target.drop);
    }
  }
  const report: RunReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}` },
    settings: { ...settings, keep: settings.keep ? 1 : 0, pgUrl: settings.pgUrl.replace(/:[^:@/]*@/, ':***@') },
    targets,
    runs,
  };
  const files = writeReport(resultsDir, report);
  process.stdout.write(`${terminalSummary(report)}\n\nWritten ${path.relative(process.cwd(), files.json)} and ${path.relative(process.cwd(), files.md)} in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
}

main().catch(async (e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  for (const c of [...cleanups].reverse()) await c().catch(() => {});
  process.exit(1);
});
