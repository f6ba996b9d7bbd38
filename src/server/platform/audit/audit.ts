// recordAudit and diff: hash-chained audit entries written in the change's transaction, and verifying the chain.
import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/audit.table.ts';
import type { RequestContext } from '../context.ts';
import { canonicalJson } from './canonical-json.ts';

export type Changes = Record<string, { before?: unknown; after?: unknown }>;

export type AuditInput = {
  /** `<recordType>.<verb>`, e.g. `organization.update`. */
  action: string;
  recordType: string;
  recordId: string | null;
  changes: Changes;
};

export const GENESIS_HASH = '0'.repeat(64);
/** Arbitrary constant: one writer at a time extends the chain. */
const AUDIT_CHAIN_LOCK = 7_215_002;

type HashedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  recordType: string;
  recordId: string | null;
  changes: Changes;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
};

export function entryHash(e: HashedFields): string {
  const body = canonicalJson({ ...e, at: e.at.toISOString() });
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Appends an audit entry. Call it inside the transaction that makes the change,
 * so the change and its entry commit or roll back together.
 */
export async function recordAudit(tx: Tx, ctx: RequestContext, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorId: ctx.viewer?.id ?? null,
    actorLabel: actorLabel(ctx),
    action: input.action,
    recordType: input.recordType,
    recordId: input.recordId,
    // Round-trip through JSON so what is hashed is exactly what jsonb stores.
    changes: JSON.parse(JSON.stringify(input.changes)) as Changes,
    requestId: ctx.requestId,
    ip: ctx.ip,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...fields, hash: entryHash(fields) });
}

/** Field-by-field differences between two versions of a record. */
export function diff<T extends Record<string, unknown>>(before: T | null, after: T | null, fields: readonly (keyof T & string)[]): Changes {
  const out: Changes = {};
  for (const f of fields) {
    const b = before ? normalise(before[f]) : undefined;
    const a = after ? normalise(after[f]) : undefined;
    if (canonicalJson(b) !== canonicalJson(a)) out[f] = { ...(before ? { before: b } : {}), ...(after ? { after: a } : {}) };
  }
  return out;
}

const normalise = (v: unknown) => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; seq: number; reason: string };

/** Walks the chain from the start; reports the first entry that was altered, removed or inserted. */
export async function verifyAuditChain(db: Executor, batch = 2000): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} >= ${expectedSeq}`)
      .orderBy(auditLog.seq)
      .limit(batch);
    if (rows.length === 0) return { ok: true, entries: count };
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { ok: false, entries: count, seq: expectedSeq, reason: `entry ${expectedSeq} is missing (next is ${row.seq})` };
      if (row.prevHash !== prevHash)
        return { ok: false, entries: count, seq: row.seq, reason: `entry ${row.seq} does not follow entry ${row.seq - 1} (removed or inserted out of order)` };
      const { hash, ...fields } = row;
      if (entryHash({ ...fields, changes: row.changes as Changes }) !== hash)
        return { ok: false, entries: count, seq: row.seq, reason: `entry ${row.seq} was altered` };
      prevHash = hash;
      expectedSeq++;
      count++;
    }
  }
}

/** Who the audit trail names: the user (and, when acting `asSystem`, the reason), or the system work. */
function actorLabel(ctx: RequestContext) {
  if (!ctx.viewer) return ctx.system ?? 'anonymous';
  const person = `${ctx.viewer.displayName} <${ctx.viewer.email}>`;
  const user = ctx.viewer.token ? `${person} via API token "${ctx.viewer.token.name}"` : person;
  return ctx.system ? `${user} (as system: ${ctx.system})` : user;
}
