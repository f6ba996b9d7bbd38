// Tables of documents and their stored versions, each attachable to a record of any module.
import { bigint, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TEXT_STATUSES } from '../../../shared/documents.ts';
import { between, classifiedChecks, classifiedColumns, instant, oneOf } from '../columns.ts';
import { users } from './accounts.table.ts';

/** A document, optionally attached to a record of any module; its classification is never looser than the record's. */
export const documents = pgTable(
  'documents',
  {
    ...classifiedColumns(() => users.id),
    title: text('title').notNull(),
    /** The record it is attached to, if any: of any module, so no foreign key can name it (see docs/decisions/016). */
    recordType: text('record_type'),
    recordId: text('record_id'),
    currentVersion: integer('current_version').notNull().default(0),
  },
  (t) => [
    // a record's attachments
    index('documents_record_idx').on(t.recordType, t.recordId),
    ...classifiedChecks(t),
    between(t.currentVersion, 0),
  ],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** Where the bytes are in the storage (opaque to everything but the storage). */
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Detected from the content, not the name. */
    mimeType: text('mime_type').notNull(),
    filename: text('filename').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Text extraction for search: pending, done, none (not a text format) or failed. */
    textStatus: text('text_status', { enum: TEXT_STATUSES }).notNull().default('pending'),
  },
  (t) => [
    // versions of a document, newest first
    uniqueIndex('document_versions_doc_version_uq').on(t.documentId, t.version),
    between(t.version, 1),
    between(t.size, 0),
    oneOf(t.textStatus, TEXT_STATUSES),
  ],
);
