// The audit log table: append-only, hash-chained entries of every write.
import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../columns.ts';
import { users } from './accounts.table.ts';

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
    /** Null for the system (seed, jobs, CLI); then `actorLabel` names it. */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'restrict' }),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    /** The audited record, of any module: no foreign key can name it (see docs/decisions/016). */
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
