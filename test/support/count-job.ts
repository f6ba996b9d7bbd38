// The job kind of the multi-process job test: every run leaves a row, so a job run twice would leave two.
import { sql } from 'drizzle-orm';
import { settings } from '../../src/server/db/schema/index.ts';
import { defineJob } from '../../src/server/platform/jobs/registry.ts';

export const countJob = defineJob({
  kind: 'test.count',
  run: async (_deps, tx, job) => {
    await tx.insert(settings).values({ key: `jobrun:${job.id}:${process.pid}:${Math.random()}`, value: { pid: process.pid } });
    await tx.execute(sql`select pg_sleep(0.002)`);
  },
});
