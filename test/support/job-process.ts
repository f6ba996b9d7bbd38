// A separate server process running a job worker, for the multi-process job test.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/server/db/client.ts';
import { settings } from '../../src/server/db/schema/index.ts';
import { loadConfig } from '../../src/server/config.ts';
import { registerJob } from '../../src/server/platform/jobs/registry.ts';
import { JobWorker } from '../../src/server/platform/jobs/worker.ts';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 3 });
const deps = { db: database.db, database, config: loadConfig({ LOG_LEVEL: 'silent' }) };
registerJob({
  kind: 'test.count',
  run: async (_deps, tx, job) => {
    // Every execution leaves a row; a job run twice would leave two.
    await tx.insert(settings).values({ key: `jobrun:${job.id}:${process.pid}:${Math.random()}`, value: { pid: process.pid } });
    await tx.execute(sql`select pg_sleep(0.002)`);
  },
});
const worker = new JobWorker(deps, { pollMs: 20 });
worker.start();
setTimeout(async () => {
  await worker.stop();
  await database.close();
  process.exit(0);
}, Number(process.env.RUN_MS ?? 4000));
