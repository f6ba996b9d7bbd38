// The results of a run: a JSON file, a Markdown report with the plans, and a table on the terminal.
import fs from 'node:fs';
import path from 'node:path';
import type { Statement } from './ipc.ts';
import type { LoadResult } from './load.ts';
import type { Stats } from './stats.ts';

export type Targets = { listDetailRps: number; maxRatio: number };

/** The issue's targets per database and kind of endpoint (req/s at full concurrency), and the endpoint ÷ SQL bound. */
export const TARGETS = {
  postgres: { list: 500, search: 500, detail: 1500 },
  pglite: { list: 250, search: 250, detail: 800 },
  ratio: 1.3,
} as const;

export type ScenarioResult = {
  name: string;
  module: string;
  description: string;
  kind: string;
  as: string;
  probe: { status: number; summary: string };
  /** Statements one direct call issues. */
  queriesPerCall: number;
  direct: Stats;
  load: LoadResult;
  single: LoadResult;
  /** Endpoint p50 at one connection ÷ direct p50. */
  ratio: number;
  misses: string[];
  /** The same load on the baseline checkout (BENCH_BASELINE), run alternately with this one. */
  baseline?: LoadResult;
};

export type DatabaseRun = {
  database: 'pglite' | 'postgres';
  version: string;
  where: string;
  /** Cores busy with other work on the machine just before the load (noise). */
  background: number | null;
  /** Time of the VACUUM ANALYZE after the load, or null when none ran (the embedded database's normal state). */
  dataset: { seed: string; counts: Record<string, number>; generateMs: number; insertMs: number; analyseMs: number | null };
  /** Resolving the session cookie: one query every request pays before its handler. */
  sessionLookup: Stats;
  scenarios: ScenarioResult[];
  plans: { scenario: string; statements: Statement[] }[];
  skipped?: string;
};

export type RunReport = {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  settings: Record<string, string | number>;
  targets: Targets;
  runs: DatabaseRun[];
};

const f = (v: number | null | undefined, digits = 2) => (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));
const int = (v: number) => Math.round(v).toLocaleString('en-GB');

function rows(run: DatabaseRun) {
  return run.scenarios.map((s) => [
    s.name,
    int(s.load.rps),
    f(s.load.latency.p50),
    f(s.load.latency.p97_5),
    f(s.load.latency.p99),
    String(s.load.non2xx + s.single.non2xx + s.load.errors + s.single.errors),
    f(s.single.latency.p50),
    s.kind === 'baseline' ? '–' : f(s.direct.p50),
    s.kind === 'baseline' ? '–' : f(s.direct.p99),
    f(s.ratio),
    String(s.queriesPerCall + (s.as === 'anonymous' ? 0 : 1)),
    f(s.load.cpuPerRequest.app, 3),
    run.database === 'pglite' ? '–' : f(s.load.cpuPerRequest.db, 3),
    s.load.capacity === null ? '–' : int(s.load.capacity),
    f(s.load.cpu.other),
    s.misses.length ? `MISS: ${s.misses.join('; ')}` : 'ok',
  ]);
}

const HEAD = ['scenario', 'req/s c16', 'p50 ms', 'p97.5 ms', 'p99 ms', 'non-2xx', 'c1 p50 ms', 'SQL p50 ms', 'SQL p99 ms', 'c1/SQL', 'queries', 'app cpu ms', 'db cpu ms', 'est. req/s', 'noise', 'targets'];

function textTable(head: string[], body: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function mdTable(head: string[], body: string[][]) {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 || i === head.length - 1 ? '---' : '---:')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** What every request pays, from the baselines at one connection. */
function overheadLine(run: DatabaseRun) {
  const bare = run.scenarios.find((s) => s.name === 'platform.healthz')?.single.latency.p50;
  const withSession = run.scenarios.find((s) => s.name === 'platform.healthz.session')?.single.latency.p50;
  if (bare === undefined || withSession === undefined) return `session lookup in-process p50 ${f(run.sessionLookup.p50)} ms`;
  return `per-request floor at 1 connection: HTTP + hooks ${f(bare)} ms, + session lookup ${f(withSession - bare)} ms (in-process p50 ${f(run.sessionLookup.p50)} ms)`;
}

const datasetLine = (run: DatabaseRun) =>
  `${int(run.dataset.counts.organizations)} organisations, ${int(run.dataset.counts.people)} people, ${int(run.dataset.counts.posts)} posts, ${run.dataset.counts.delegations} delegations, ${int(run.dataset.counts.searchIndex ?? 0)} search entries; inserted in ${f(run.dataset.insertMs / 1000, 1)} s; ${
    run.dataset.analyseMs === null ? 'planner statistics: none (no VACUUM ANALYZE)' : `VACUUM ANALYZE ${f(run.dataset.analyseMs / 1000, 1)} s`
  }`;

export function terminalSummary(report: RunReport): string {
  const out: string[] = [];
  for (const run of report.runs) {
    out.push('', `== ${run.database}: ${run.version}`);
    if (run.skipped) {
      out.push(`   skipped: ${run.skipped}`);
      continue;
    }
    out.push(`   ${datasetLine(run)}`, `   ${overheadLine(run)}`, `   other work on the machine before the load: ${f(run.background)} cores`, '');
    out.push(textTable(HEAD, rows(run)));
    if (run.scenarios.some((s) => s.baseline)) out.push('', `   before (${report.settings.baseline}) → after, same data, alternating:`, textTable(COMPARE_HEAD, compareRows(run)));
  }
  out.push('', 'targets:', ...targetLines(report));
  out.push(
    '',
    `queries = statements per request including the session lookup; c1/SQL = endpoint p50 at 1 connection ÷ use-case p50 in-process; app / db cpu ms = CPU time per request in the server process and in the PostgreSQL backends; est. req/s = what a quiet two-core machine could serve by that CPU time (an upper bound: one core for the event loop, two for everything); noise = cores busy with other work during the c${report.settings.connections} run.`,
  );
  return out.join('\n');
}

const COMPARE_HEAD = ['scenario', 'before req/s', 'after req/s', '×', 'before p99', 'after p99', 'before app ms', 'after app ms'];

function compareRows(run: DatabaseRun) {
  return run.scenarios
    .filter((s) => s.baseline)
    .map((s) => {
      const b = s.baseline!;
      return [s.name, int(b.rps), int(s.load.rps), f(s.load.rps / b.rps), f(b.latency.p99), f(s.load.latency.p99), f(b.cpuPerRequest.app), f(s.load.cpuPerRequest.app)];
    });
}

/** One line per database: which targets each kind of endpoint meets. */
function targetLines(report: RunReport): string[] {
  const out: string[] = [];
  for (const run of report.runs) {
    if (run.skipped) continue;
    const goal = TARGETS[run.database];
    for (const kind of ['list', 'search', 'detail'] as const) {
      const of = run.scenarios.filter((s) => s.kind === kind);
      if (of.length === 0) continue;
      const missed = of.filter((s) => s.load.rps < goal[kind]);
      out.push(
        `   ${run.database} ${kind} ≥ ${goal[kind]} req/s: ${missed.length === 0 ? 'met' : `NOT met by ${missed.map((s) => `${s.name} (${int(s.load.rps)})`).join(', ')}`}`,
      );
    }
    const slow = run.scenarios.filter((s) => !Number.isNaN(s.ratio) && s.ratio > TARGETS.ratio);
    out.push(`   ${run.database} endpoint ≤ ${TARGETS.ratio} × its SQL at one connection: ${slow.length === 0 ? 'met' : `NOT met by ${slow.map((s) => `${s.name} (${f(s.ratio)})`).join(', ')}`}`);
  }
  return out;
}

export function markdown(report: RunReport): string {
  const out: string[] = [
    `# Benchmark ${report.startedAt}`,
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}. The server runs in its own process; the load generator (autocannon, this process) and, for PostgreSQL, the database server share the same cores.`,
    '',
    `Settings: ${Object.entries(report.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}.`,
    '',
    `Targets (reported, not asserted): lists and details on PostgreSQL ≥ ${report.targets.listDetailRps} req/s at ${report.settings.connections} connections; endpoint p50 at one connection ≤ ${report.targets.maxRatio} × the p50 of the use case it runs.`,
    '',
    ...targetLines(report),
  ];
  for (const run of report.runs) {
    out.push('', `## ${run.database} — ${run.version}`, '');
    if (run.skipped) {
      out.push(`Skipped: ${run.skipped}`);
      continue;
    }
    out.push(`Dataset: ${datasetLine(run)}. Other work on the machine before the load: ${f(run.background)} cores.`, '');
    out.push(
      `${overheadLine(run).replace(/^p/, 'P')}. Session lookup in-process: p50 ${f(run.sessionLookup.p50)} ms, p99 ${f(run.sessionLookup.p99)} ms.`,
      '',
      mdTable(HEAD, rows(run)),
      '',
      ...(run.scenarios.some((s) => s.baseline) ? [`Before (${report.settings.baseline}) and after, same data, alternating:`, '', mdTable(COMPARE_HEAD, compareRows(run)), ''] : []),
      '| scenario | as | what | probe |',
      '|---|---|---|---|',
      ...run.scenarios.map((s) => `| ${s.name} | ${s.as} | ${s.description} | ${s.probe.status}: ${s.probe.summary.replaceAll('|', '\\|')} |`),
      '',
      '### Plans',
      '',
    );
    for (const p of run.plans) {
      out.push(`#### ${p.scenario}`, '');
      p.statements.forEach((st, i) => {
        out.push(`Statement ${i + 1}, params ${JSON.stringify(st.params).slice(0, 300)}:`, '', '```sql', st.sql, '```', '');
        if (st.plan) out.push('```', st.plan, '```', '');
      });
    }
  }
  return out.join('\n');
}

export function writeReport(dir: string, report: RunReport) {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const json = path.join(dir, `${stamp}.json`);
  const md = path.join(dir, `${stamp}.md`);
  fs.writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(md, markdown(report));
  return { json, md };
}
