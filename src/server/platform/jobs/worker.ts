// The job worker: claims due jobs with SKIP LOCKED in any process, runs them, retries with backoff.
import { hostname } from 'node:os';
import { and, asc, eq, lte, min } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { jobs } from '../../db/schema/jobs.table.ts';
import type { Deps } from '../deps.ts';
import { backoffMs } from './jobs.ts';
import { type JobRow, jobDefinition } from './registry.ts';

export type WorkerOptions = { pollMs?: number; id?: string; log?: (msg: string, extra?: Record<string, unknown>) => void };

const toJob = (r: typeof jobs.$inferSelect): JobRow => ({
  id: r.id,
  kind: r.kind,
  key: r.key,
  payload: r.payload,
  runAt: r.runAt,
  attempts: r.attempts,
  maxAttempts: r.maxAttempts,
});

/**
 * Runs due jobs. Any number of processes may run a worker on one database:
 * each job is claimed with FOR UPDATE SKIP LOCKED, so only one takes it.
 * Jobs that came due while no server was running run at the next start.
 */
export class JobWorker {
  readonly id: string;
  private readonly pollMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  /** Set by stop(): a run in progress finishes its current job and takes no more. */
  private halted = false;

  constructor(
    private readonly deps: Deps,
    private readonly opts: WorkerOptions = {},
  ) {
    this.id = opts.id ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    this.pollMs = opts.pollMs ?? 1000;
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop() {
    this.stopped = true;
    this.halted = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
      });
    }, ms);
  }

  private async tick() {
    let next = this.pollMs;
    try {
      await this.runDue();
      // Wake exactly when the next job falls due, if that is sooner than the next poll.
      const [{ at }] = await this.deps.db.select({ at: min(jobs.runAt) }).from(jobs).where(eq(jobs.status, 'pending'));
      if (at) next = Math.max(0, Math.min(this.pollMs, new Date(at).getTime() - Date.now()));
    } catch (e) {
      this.opts.log?.('job worker poll failed', { error: (e as Error).message });
    }
    this.schedule(next);
  }

  /** Runs every job due at `now`, one after another. Returns how many ran (successfully or not). */
  async runDue(now = new Date()): Promise<number> {
    await this.recoverExpiredLeases(now);
    let count = 0;
    while (!this.halted) {
      const ran = await this.runOne(now);
      if (!ran) break;
      count++;
    }
    return count;
  }

  /** Jobs whose external run was leased by a process that died go back to the queue. */
  private async recoverExpiredLeases(now: Date) {
    await this.deps.db
      .update(jobs)
      .set({ status: 'pending', lockedBy: null, lockedUntil: null, updatedAt: now })
      .where(and(eq(jobs.status, 'running'), lte(jobs.lockedUntil, now)));
  }

  private async runOne(now: Date): Promise<boolean> {
    const { db } = this.deps;
    let external: { row: JobRow; leaseMs: number } | null = null;
    const claimed = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)))
        .orderBy(asc(jobs.runAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return false;
      const job = toJob(row);
      const def = jobDefinition(row.kind);
      if (!def) {
        await this.fail(tx, job, `No handler for job kind "${row.kind}"`, now, true);
        return true;
      }
      if (def.mode === 'external') {
        const leaseMs = def.leaseMs ?? 5 * 60_000;
        await tx
          .update(jobs)
          .set({ status: 'running', lockedBy: this.id, lockedUntil: new Date(now.getTime() + leaseMs), attempts: row.attempts + 1, updatedAt: now })
          .where(eq(jobs.id, row.id));
        external = { row: { ...job, attempts: row.attempts + 1 }, leaseMs };
        return true;
      }
      try {
        // A savepoint: if the handler fails, its effects roll back but the failure is still recorded.
        await tx.transaction(async (sp) => def.run(this.deps, sp, job));
        await tx
          .update(jobs)
          .set({ status: 'done', attempts: row.attempts + 1, finishedAt: new Date(), updatedAt: new Date(), lastError: null })
          .where(eq(jobs.id, row.id));
      } catch (e) {
        await this.fail(tx, { ...job, attempts: row.attempts + 1 }, (e as Error).message ?? String(e), now);
      }
      return true;
    });
    if (external) await this.runExternal(external);
    return claimed;
  }

  private async runExternal({ row }: { row: JobRow; leaseMs: number }) {
    const def = jobDefinition(row.kind);
    const { db } = this.deps;
    try {
      if (def?.mode !== 'external') throw new Error(`Job kind "${row.kind}" changed mode`);
      await def.run(this.deps, row);
      await db
        .update(jobs)
        .set({ status: 'done', finishedAt: new Date(), updatedAt: new Date(), lockedBy: null, lockedUntil: null, lastError: null })
        .where(and(eq(jobs.id, row.id), eq(jobs.lockedBy, this.id)));
    } catch (e) {
      await db.transaction(async (tx) => this.fail(tx, row, (e as Error).message ?? String(e), new Date()));
    }
  }

  private async fail(tx: Tx, job: JobRow, error: string, now: Date, permanent = false) {
    const exhausted = permanent || job.attempts >= job.maxAttempts;
    this.opts.log?.('job failed', { kind: job.kind, id: job.id, attempts: job.attempts, error, final: exhausted });
    await tx
      .update(jobs)
      .set({
        status: exhausted ? 'failed' : 'pending',
        attempts: job.attempts,
        lastError: error.slice(0, 2000),
        runAt: exhausted ? job.runAt : new Date(now.getTime() + backoffMs(job.attempts)),
        lockedBy: null,
        lockedUntil: null,
        updatedAt: new Date(),
        finishedAt: exhausted ? new Date() : null,
      })
      .where(eq(jobs.id, job.id));
  }
}

