// Two processes allocating in one series on PostgreSQL at once: every number from 1 to 200 exactly once.
import { spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocatedNumbers, numberCounters } from '../src/server/db/schema/index.ts';
import { createTestDatabase } from './support/database.ts';

type Report = { pid: number; committed: { n: number; code: string }[]; rolledBack: number; first: number; last: number };

describe.runIf(process.env.DATABASE_URL)('numbering with two processes on one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  /** Starts a process; it opens its pool and says "ready", then waits for "go". */
  function start() {
    const p = spawn(process.execPath, ['--import', 'tsx', 'test/support/numbering-process.ts'], {
      env: { ...process.env, DATABASE_URL: database.url!, COUNT: '100', SERIES_KEY: 'note_verbale:ASEAN' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    p.stdin!.on('error', () => {}); // "go" to a process that already died
    let out = '';
    let onReady: () => void;
    const ready = new Promise<void>((resolve) => {
      onReady = resolve;
    });
    p.stdout!.on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) onReady();
    });
    const done = new Promise<Report>((resolve, reject) => {
      p.on('error', reject);
      p.on('exit', (code) => {
        onReady(); // a process that died early must not leave the test waiting
        if (code === 0) resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Report);
        else reject(new Error(`numbering process exited with ${code}`));
      });
    });
    return { ready, done, go: () => p.stdin!.end('go\n') };
  }

  it('allocate 200 numbers between them with no gap and no duplicate, rolled-back numbers given back', async () => {
    const processes = [start(), start()];
    await Promise.all(processes.map((p) => p.ready));
    for (const p of processes) p.go();
    const [a, b] = await Promise.all(processes.map((p) => p.done));
    // They really ran at the same time.
    expect(a.first < b.last && b.first < a.last).toBe(true);

    const mine = [...a.committed, ...b.committed].map((c) => c.n).sort((x, y) => x - y);
    const rows = await database.db.select().from(allocatedNumbers).where(eq(allocatedNumbers.seriesKey, 'note_verbale:ASEAN'));
    const inRegister = rows.map((r) => r.n).sort((x, y) => x - y);
    const expected = Array.from({ length: 200 }, (_, i) => i + 1);
    const duplicates = inRegister.length - new Set(inRegister).size;
    const gaps = expected.filter((n) => !inRegister.includes(n)).length;
    console.log(`numbering, two processes: ${rows.length} numbers, ${gaps} gaps, ${duplicates} duplicates; ${a.rolledBack + b.rolledBack} rolled-back allocations given back; ${a.committed.length} + ${b.committed.length} by process`);
    expect({ gaps, duplicates }).toEqual({ gaps: 0, duplicates: 0 });
    expect(inRegister).toEqual(expected);
    expect(mine).toEqual(expected);
    expect(new Set(rows.map((r) => r.code)).size).toBe(200);
    expect(rows.every((r) => r.year === 2026 && r.code === `No. ${r.n}/ASEAN/2026`)).toBe(true);
    expect(a.rolledBack + b.rolledBack).toBe(50);
    const [counter] = await database.db.select().from(numberCounters).where(eq(numberCounters.seriesKey, 'note_verbale:ASEAN'));
    expect(counter.last).toBe(200);
  }, 120_000);
});
