// A separate server process running a job worker, for the multi-process job test.
import { openDatabase } from '../../src/server/db/client.ts';
import { loadConfig } from '../../src/server/config.ts';
import { registerJob } from '../../src/server/platform/jobs/registry.ts';
import { JobWorker } from '../../src/server/platform/jobs/worker.ts';
import { countJob } from './count-job.ts';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 3 });
const deps = { db: database.db, database, config: loadConfig({ LOG_LEVEL: 'silent' }) };
registerJob(countJob);
const worker = new JobWorker(deps, { pollMs: 20 });
worker.start();
setTimeout(async () => {
  await worker.stop();
  await database.close();
  process.exit(0);
}, Number(process.env.RUN_MS ?? 4000));
