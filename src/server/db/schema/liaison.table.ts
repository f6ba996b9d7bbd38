// Tables of the liaison module: agreements between organisations, focal points, liaison requests and their steps.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, LIAISON_CHANNELS, LIAISON_STATUSES, VALIDITY_KINDS } from '../../../shared/liaison.ts';
import { between, classifiedChecks, classifiedColumns, idList, instant, jsonList, namesChecks, namesColumns, oneOf, period, provenanceCheck, provenanceColumns, rule } from '../columns.ts';
import { users } from './accounts.table.ts';
import { organizations, people } from './directory.table.ts';

export type Signatory = { personId?: string | null; name: string; post?: string | null };

/** An agreement between organisations: an MoU, a cooperation programme, an exchange of letters. */
export const agreements = pgTable(
  'agreements',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** The title keyed by language; `name_en` is generated from it. */
    ...namesColumns(),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    partyOrganizationIds: uuid('party_organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    signatories: jsonb('signatories').$type<Signatory[]>().notNull().default(sql`'[]'::jsonb`),
    signedOn: date('signed_on'),
    signedAt: text('signed_at'),
    areas: text('areas').array().notNull().default(sql`'{}'::text[]`),
    summary: text('summary'),
    validity: text('validity', { enum: VALIDITY_KINDS }).notNull(),
    entryIntoForce: date('entry_into_force'),
    expiresOn: date('expires_on'),
    renewalYears: integer('renewal_years'),
    noticeDays: integer('notice_days'),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull(),
    predecessorId: uuid('predecessor_id').references((): AnyPgColumn => agreements.id, { onDelete: 'restrict' }),
    /** The staff member who is told 90 and 30 days before an expiry or a notice deadline. */
    responsibleUserId: uuid('responsible_user_id').references(() => users.id, { onDelete: 'restrict' }),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // the agreements table by date of signature
    index('agreements_signed_idx').on(t.signedOn, t.id),
    // agreements of an organisation (filter, graph)
    index('agreements_parties_gin').using('gin', t.partyOrganizationIds),
    // a predecessor's successors
    index('agreements_predecessor_idx').on(t.predecessorId),
    index('agreements_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('agreements_shared_orgs_gin').using('gin', t.sharedOrganizations),
    ...classifiedChecks(t),
    provenanceCheck(t),
    ...namesChecks(t),
    oneOf(t.kind, AGREEMENT_KINDS),
    oneOf(t.status, AGREEMENT_STATUSES),
    oneOf(t.validity, VALIDITY_KINDS),
    idList(t.partyOrganizationIds),
    jsonList(t.signatories),
    period(t.entryIntoForce, t.expiresOn, 'agreements_validity_period_check'),
    between(t.renewalYears, 1, 50),
    between(t.noticeDays, 0, 3650),
    rule('agreements_renewal_check', 'An agreement renewed automatically says every how many years.', sql`${t.validity} <> 'automatic_renewal' or ${t.renewalYears} is not null`, t.renewalYears),
    rule('agreements_not_own_predecessor_check', 'An agreement cannot succeed itself.', sql`${t.predecessorId} is null or ${t.predecessorId} <> ${t.id}`, t.predecessorId),
  ],
);

/** Who the contact is at an organisation for an area, from/to. */
export const focalPoints = pgTable(
  'focal_points',
  {
    ...classifiedColumns(() => users.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    area: text('area').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    fromDate: date('from_date'),
    toDate: date('to_date'),
    notes: text('notes'),
  },
  (t) => [
    // an organisation's focal points by area (list, lookup)
    index('focal_points_org_area_idx').on(t.organizationId, sql`lower(${t.area})`),
    index('focal_points_person_idx').on(t.personId),
    ...classifiedChecks(t),
    period(t.fromDate, t.toDate),
  ],
);

/** A request the mission facilitates between two organisations (ASEC ↔ SCO Secretariat, ASEC ↔ EEC). */
export const liaisonRequests = pgTable(
  'liaison_requests',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** LR-01, LR-02, … from the numbering service. */
    reference: text('reference').notNull(),
    requestingOrganizationId: uuid('requesting_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    targetOrganizationId: uuid('target_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    agreementId: uuid('agreement_id').references(() => agreements.id, { onDelete: 'restrict' }),
    area: text('area'),
    subject: text('subject').notNull(),
    requestedByPersonId: uuid('requested_by_person_id').references(() => people.id, { onDelete: 'restrict' }),
    channel: text('channel', { enum: LIAISON_CHANNELS }).notNull(),
    status: text('status', { enum: LIAISON_STATUSES }).notNull().default('draft'),
    statusChangedAt: instant('status_changed_at').notNull().defaultNow(),
    targetDate: date('target_date'),
    outcome: text('outcome'),
    /** The mission's own notes: read only by the mission (never by liaison officers). */
    internalNotes: text('internal_notes'),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id, { onDelete: 'restrict' }),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('liaison_requests_reference_uq').on(t.reference),
    // the table by reference, and by status for the board
    index('liaison_requests_status_idx').on(t.status, t.reference),
    // overdue requests (Today, filter)
    index('liaison_requests_target_idx').on(t.targetDate),
    // the liaison officer's list: the visibility predicate on shared organisations
    index('liaison_requests_shared_orgs_gin').using('gin', t.sharedOrganizations),
    index('liaison_requests_requesting_idx').on(t.requestingOrganizationId),
    index('liaison_requests_target_org_idx').on(t.targetOrganizationId),
    index('liaison_requests_agreement_idx').on(t.agreementId),
    index('liaison_requests_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    ...classifiedChecks(t),
    provenanceCheck(t),
    oneOf(t.channel, LIAISON_CHANNELS),
    oneOf(t.status, LIAISON_STATUSES),
    rule('liaison_requests_two_organizations_check', 'The target must be another organisation than the requesting one.', sql`${t.requestingOrganizationId} <> ${t.targetOrganizationId}`, t.targetOrganizationId),
    // A shared request is shared with exactly its two organisations, so only their liaison officers see it.
    rule(
      'liaison_requests_sharing_check',
      'A shared liaison request is shared with its two organisations and nobody else.',
      sql`${t.classification} <> 'shared' or (${t.sharedParties} = '{}'::text[] and ${t.sharedOrganizations} @> array[${t.requestingOrganizationId}, ${t.targetOrganizationId}]::uuid[] and ${t.sharedOrganizations} <@ array[${t.requestingOrganizationId}, ${t.targetOrganizationId}]::uuid[])`,
      t.classification,
    ),
  ],
);

/** What was done on a request, dated, by whom; a step may move the status forward. */
export const liaisonSteps = pgTable(
  'liaison_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => liaisonRequests.id, { onDelete: 'cascade' }),
    on: date('on').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: LIAISON_STATUSES }),
    toStatus: text('to_status', { enum: LIAISON_STATUSES }),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'restrict' }),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [
    // a request's steps in order
    index('liaison_steps_request_idx').on(t.requestId, t.on, t.at),
    oneOf(t.fromStatus, LIAISON_STATUSES),
    oneOf(t.toStatus, LIAISON_STATUSES),
  ],
);
