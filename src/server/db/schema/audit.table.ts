import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../columns.ts';

/**
 * Append-only, hash-chained. `seq` is contiguous (assigned under a lock), each
 * row stores the hash of the previous one, so removal, insertion or alteration
 * of a row breaks the chain at that row.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    changes: jsonb('changes').$type<Record<string, { before?: unknown; after?: unknown }>>().notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    // audit log filtered by record
    index('audit_record_idx').on(t.recordType, t.recordId, t.seq),
    // audit log filtered by user
    index('audit_actor_idx').on(t.actorId, t.seq),
    // audit log filtered by date
    index('audit_at_idx').on(t.at),
  ],
);
