// Tables of the correspondence module: the register of notes verbales and letters in and out, their addressees and dispatches, and the versioned templates.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CORRESPONDENCE_KINDS, CORRESPONDENCE_STATUSES, DIRECTIONS, DISPATCH_MODES, TEMPLATE_KINDS, TEMPLATE_LANGUAGES } from '../../../shared/correspondence.ts';
import { classifiedChecks, classifiedColumns, instant, oneOf, provenanceCheck, provenanceColumns, rule } from '../columns.ts';
import { users } from './accounts.table.ts';
import { organizations, parties, people } from './directory.table.ts';
import { documents } from './documents.table.ts';
import { mailOutbox } from './notifications.table.ts';

/** An item of correspondence in or out, with its register number from the numbering service. */
export const correspondence = pgTable(
  'correspondence',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    direction: text('direction', { enum: DIRECTIONS }).notNull(),
    kind: text('kind', { enum: CORRESPONDENCE_KINDS }).notNull(),
    /** The numbering series (`correspondence:outgoing`, `correspondence:incoming`). */
    seriesKey: text('series_key').notNull(),
    registerNumber: text('register_number').notNull(),
    date: date('date').notNull(),
    senderOrganizationId: uuid('sender_organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    senderPersonId: uuid('sender_person_id').references(() => people.id, { onDelete: 'restrict' }),
    senderPartyCode: text('sender_party_code').references(() => parties.code, { onDelete: 'restrict' }),
    theirReference: text('their_reference'),
    subject: text('subject').notNull(),
    language: text('language', { enum: TEMPLATE_LANGUAGES }).notNull(),
    body: text('body'),
    status: text('status', { enum: CORRESPONDENCE_STATUSES }).notNull(),
    dueDate: date('due_date'),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id, { onDelete: 'restrict' }),
    approvedAt: instant('approved_at'),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'restrict' }),
    templateId: uuid('template_id').references((): AnyPgColumn => correspondenceTemplates.id, { onDelete: 'restrict' }),
    inReplyToId: uuid('in_reply_to_id').references((): AnyPgColumn => correspondence.id, { onDelete: 'restrict' }),
    scanDocumentId: uuid('scan_document_id').references(() => documents.id, { onDelete: 'restrict' }),
    pdfDocumentId: uuid('pdf_document_id').references(() => documents.id, { onDelete: 'restrict' }),
    cancelReason: text('cancel_reason'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // a register number is given once
    uniqueIndex('correspondence_register_number_uq').on(t.seriesKey, t.registerNumber),
    // the register, newest first (default order)
    index('correspondence_date_idx').on(t.date, t.id),
    // the register by number
    index('correspondence_number_idx').on(t.registerNumber, t.id),
    // what is due (reminders, overdue filter)
    index('correspondence_due_idx').on(t.dueDate),
    // a thread: the replies to an item
    index('correspondence_reply_idx').on(t.inReplyToId),
    // text search (number, subject, body, extracted text of a scan)
    index('correspondence_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // visibility predicate for delegates
    index('correspondence_shared_parties_gin').using('gin', t.sharedParties),
    ...classifiedChecks(t),
    provenanceCheck(t),
    oneOf(t.direction, DIRECTIONS),
    oneOf(t.kind, CORRESPONDENCE_KINDS),
    oneOf(t.status, CORRESPONDENCE_STATUSES),
    oneOf(t.language, TEMPLATE_LANGUAGES),
    rule(
      'correspondence_status_direction_check',
      'The status does not belong to this direction.',
      sql`${t.status} = 'cancelled' or (${t.direction} = 'outgoing') = (${t.status} in ('draft','approved','dispatched','acknowledged'))`,
      t.status,
    ),
    rule('correspondence_not_public_check', 'Correspondence is never public.', sql`${t.classification} <> 'public'`, t.classification),
  ],
);

/** The addressees of an item, in order (a circular note has many). */
export const correspondenceAddressees = pgTable(
  'correspondence_addressees',
  {
    correspondenceId: uuid('correspondence_id')
      .notNull()
      .references(() => correspondence.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    partyCode: text('party_code').references(() => parties.code, { onDelete: 'restrict' }),
    email: text('email'),
    title: text('title'),
  },
  (t) => [
    // an item's addressees in order
    uniqueIndex('correspondence_addressees_pk').on(t.correspondenceId, t.position),
    // items addressed to an organisation
    index('correspondence_addressees_org_idx').on(t.organizationId),
  ],
);

/** Every dispatch of an outgoing item: one row per addressee e-mailed, or one delivery by hand or courier. */
export const correspondenceDispatches = pgTable(
  'correspondence_dispatches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    correspondenceId: uuid('correspondence_id')
      .notNull()
      .references(() => correspondence.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: DISPATCH_MODES }).notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    toAddress: text('to_address'),
    outboxId: uuid('outbox_id').references(() => mailOutbox.id, { onDelete: 'restrict' }),
    note: text('note'),
    at: instant('at').notNull().defaultNow(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [
    // an item's dispatches in order
    index('correspondence_dispatches_item_idx').on(t.correspondenceId, t.at),
    oneOf(t.mode, DISPATCH_MODES),
  ],
);

/** A template of a note verbale or letter in one language; each change is a new version, the highest one current. */
export const correspondenceTemplates = pgTable(
  'correspondence_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    kind: text('kind', { enum: TEMPLATE_KINDS }).notNull(),
    language: text('language', { enum: TEMPLATE_LANGUAGES }).notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    opening: text('opening').notNull(),
    closing: text('closing').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [
    // one row per version of a template in a language
    uniqueIndex('correspondence_templates_version_uq').on(t.key, t.language, t.version),
    oneOf(t.kind, TEMPLATE_KINDS),
    oneOf(t.language, TEMPLATE_LANGUAGES),
  ],
);
