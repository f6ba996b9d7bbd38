// Reading the audit log, newest first, filtered by record, user, action and date.
import { and, count, desc, eq, gte, lt, not, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditQuerySchema } from '../../../shared/admin.ts';
import { auditLog } from '../../db/schema/audit.table.ts';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import { entryHiddenFrom, redactChanges } from './audit-scope.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { invalidCursor } from '../http/http.errors.ts';

/**
 * The audit log, newest first, filtered by record, user, action and date.
 * Gate: admin and head (route policy). The access policy applies to the
 * audited records: an entry about a record `ctx` may not see is left out (of
 * the page and the total), and values naming another hidden record are
 * redacted. `chancery audit verify` still reads the whole chain.
 */
export async function listAudit(deps: Deps, ctx: RequestContext, q: z.output<typeof auditQuerySchema>) {
  const where: SQL[] = [not(entryHiddenFrom(ctx))];
  if (q.recordType) where.push(eq(auditLog.recordType, q.recordType));
  if (q.recordId) where.push(eq(auditLog.recordId, q.recordId));
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.from) where.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) where.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)));
  const filter = and(...where);
  const before = q.cursor ? Number(decodeCursor(q.cursor)[0]) : null;
  if (before !== null && !(Number.isSafeInteger(before) && before > 0)) throw invalidCursor();
  const rows = await deps.db
    .select()
    .from(auditLog)
    .where(and(filter, before !== null ? lt(auditLog.seq, before) : undefined))
    .orderBy(desc(auditLog.seq))
    .limit(q.limit + 1);
  const [{ n }] = await deps.db.select({ n: count() }).from(auditLog).where(filter);
  const items = await redactChanges(deps.db, ctx, rows.slice(0, q.limit));
  return {
    items: items.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      action: r.action,
      recordType: r.recordType,
      recordId: r.recordId,
      changes: r.changes,
      requestId: r.requestId,
      ip: r.ip,
    })),
    nextCursor: rows.length > q.limit ? encodeCursor([items.at(-1)!.seq]) : null,
    total: Number(n),
  };
}
