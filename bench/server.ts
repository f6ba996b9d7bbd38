// The app under load in its own process: serves the real app on a free port and times use cases when the runner asks.
/**
 * The application under load, in its own process so the load generator does
 * not share its event loop. Opens the database named by the environment
 * (DATABASE_URL, or CHANCERY_DATA_DIR for the embedded database), serves the
 * real app with logging off on a free port, and prints `{"port":…}` on one line.
 *
 * Between load runs the parent asks it, over the IPC channel, to time the
 * use case behind a scenario in this same process: same database connection,
 * same warmed-up code, moments before the endpoint is loaded, so the
 * endpoint/use-case ratio compares like with like.
 */
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { resolveSession } from '../src/server/platform/auth/sessions.ts';
import { explainAll, recordingDeps, timeCalls } from './direct.ts';
import type { ToServer } from './ipc.ts';
import { type BenchDataset, allScenarios, callerOf } from './scenarios.ts';

const config = loadConfig({
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  ...(process.env.CHANCERY_DATA_DIR ? { CHANCERY_DATA_DIR: process.env.CHANCERY_DATA_DIR } : {}),
});
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const app = await buildApp({ config, database, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ port, pid: process.pid, database: database.kind })}\n`);

const deps = app.deps;
const scenarios = new Map(allScenarios().map((s) => [s.name, s]));
let dataset: BenchDataset | null = null;

async function handle(msg: ToServer) {
  switch (msg.type) {
    case 'dataset':
      dataset = msg.dataset;
      return { ok: true };
    case 'session': {
      const token = msg.cookie.split('=')[1];
      const limits = { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs };
      return { stats: await timeCalls(() => resolveSession(deps.db, token, limits), msg.timing) };
    }
    case 'direct': {
      const s = scenarios.get(msg.scenario);
      if (!s || !dataset) throw new Error(`unknown scenario ${msg.scenario} or no dataset yet`);
      const ds = dataset;
      const { ctx } = callerOf(ds, s.as);
      // One recorded call: which statements the use case issues, and (for reads) their plans.
      const rec = recordingDeps(deps, database);
      await s.direct(rec.deps, ctx, ds, 0);
      const statements = await explainAll(database, rec.take(), msg.explain && !s.writes);
      const stats = await timeCalls((i) => s.direct(deps, ctx, ds, i), msg.timing);
      return { stats, statements };
    }
  }
}

process.on('message', (msg: ToServer & { id: number }) => {
  handle(msg).then(
    (result) => process.send?.({ id: msg.id, result }),
    (e: Error) => process.send?.({ id: msg.id, error: e.stack ?? String(e) }),
  );
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent going away (crash, Ctrl-C) must not leave a server behind.
process.on('disconnect', stop);
