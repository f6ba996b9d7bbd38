// Times each scenario's use case in-process, without HTTP, and records the SQL it issues with the plans.
/**
 * The work behind each endpoint, measured without HTTP: the use-case function
 * the route calls, run sequentially in this process against the same database.
 * Also records which SQL statements a call issues, and their plans.
 */
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from '../src/server/db/client.ts';
import * as schema from '../src/server/db/schema/index.ts';
import type { Deps } from '../src/server/platform/deps.ts';
import { type Stats, stats } from './stats.ts';

export type TimingOptions = { iterations: number; maxMs: number; warmup: number };

/**
 * Runs `fn(i)` sequentially: up to `warmup` unmeasured calls (at most a
 * quarter of the time budget), then up to `iterations` measured ones, stopping
 * once `maxMs` has passed and at least ten were measured.
 */
export async function timeCalls(fn: (i: number) => Promise<unknown>, opts: TimingOptions): Promise<Stats> {
  let i = 0;
  const warmStart = performance.now();
  while (i < opts.warmup && performance.now() - warmStart < opts.maxMs / 4) await fn(i++);
  const samples: number[] = [];
  const started = performance.now();
  for (let n = 0; n < opts.iterations; n++) {
    const t = performance.now();
    await fn(i++);
    samples.push(performance.now() - t);
    if (performance.now() - started > opts.maxMs && samples.length >= 10) break;
  }
  return stats(samples);
}

export type CapturedQuery = { sql: string; params: unknown[] };

/** Deps whose database logs every statement it is asked to run. */
export function recordingDeps(deps: Deps, database: Database) {
  const captured: CapturedQuery[] = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) };
  const db = (
    database.kind === 'pglite' ? drizzlePglite(database.pglite!, { schema, logger }) : drizzleNodePg(database.pool!, { schema, logger })
  ) as unknown as Db;
  return {
    deps: { ...deps, db } satisfies Deps,
    take: () => captured.splice(0, captured.length),
  };
}

/**
 * Replays the statements of one recorded call inside a transaction that is
 * rolled back: reads under `EXPLAIN (ANALYZE, BUFFERS)`, settings (`set_config`)
 * as they are so the plans see them, writes not at all. Returns each
 * statement with its plan (null when not explained).
 */
export async function explainAll(database: Database, statements: CapturedQuery[], readsOnly: boolean) {
  const out: (CapturedQuery & { plan: string | null })[] = [];
  const run = async (query: (text: string, params?: unknown[]) => Promise<Record<string, string>[]>) => {
    await query('BEGIN');
    try {
      for (const st of statements) {
        if (/^\s*(begin|commit|rollback)\b/i.test(st.sql)) out.push({ ...st, plan: null });
        else if (/^\s*select\s+set_config\(/i.test(st.sql)) {
          await query(st.sql, st.params);
          out.push({ ...st, plan: null });
        } else if (readsOnly && isRead(st.sql) && !/pg_advisory/i.test(st.sql)) {
          const rows = await query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
          out.push({ ...st, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
        } else out.push({ ...st, plan: null });
      }
    } finally {
      await query('ROLLBACK');
    }
  };
  if (database.kind === 'pglite') {
    await run(async (text, params) => (await database.pglite!.query<Record<string, string>>(text, params ?? [])).rows);
  } else {
    const client = await database.pool!.connect();
    try {
      await run(async (text, params) => (await client.query<Record<string, string>>(text, params ?? [])).rows);
    } finally {
      client.release();
    }
  }
  return out;
}

export const isRead = (sql: string) => /^\s*(select|with)\b/i.test(sql);
