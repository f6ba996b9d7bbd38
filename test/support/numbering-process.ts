// A separate process taking numbers in one series, for the two-process numbering test: starts on "go", prints what it committed as one JSON line.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/server/db/client.ts';
import { systemContext } from '../../src/server/platform/context.ts';
import { allocateNumber } from '../../src/server/platform/records/numbering.ts';

const count = Number(process.env.COUNT ?? 100);
const series = { key: process.env.SERIES_KEY ?? 'note_verbale:ASEAN', format: 'No. {n}/ASEAN/{yyyy}', perYear: true, timeZone: 'Asia/Jakarta' };
const at = new Date('2026-06-01T03:00:00Z');
const ctx = systemContext(`numbering test ${process.pid}`);

class Abandoned extends Error {}
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 4 });

// `count` transactions that commit, and one in four more that take a number and then roll back.
const tasks = Array.from({ length: count + Math.floor(count / 4) }, (_, i) => i % 5 === 4);
const committed: { n: number; code: string }[] = [];
let rolledBack = 0;
let first = Number.POSITIVE_INFINITY;
let last = 0;

async function worker() {
  for (let abandon = tasks.shift(); abandon !== undefined; abandon = tasks.shift()) {
    try {
      const got = await database.db.transaction(async (tx) => {
        const a = await allocateNumber(tx, ctx, { series, record: { type: 'note_verbale', id: randomUUID() }, at });
        await tx.execute(sql`select pg_sleep(0.002)`);
        if (abandon) throw new Abandoned();
        return a;
      });
      committed.push({ n: got.n, code: got.code });
      first = Math.min(first, Date.now());
      last = Math.max(last, Date.now());
    } catch (e) {
      if (!(e instanceof Abandoned)) throw e;
      rolledBack++;
    }
  }
}

// Both processes start together, so their allocations interleave: say "ready", then wait for "go" on stdin.
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();
await Promise.all([worker(), worker(), worker(), worker()]);
await database.close();
process.stdout.write(`${JSON.stringify({ pid: process.pid, committed, rolledBack, first, last })}\n`);
