// Tables of consultations: the consultation, its versions, positions, acknowledgements, silence procedures and comments.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  CONSULTATION_METHODS,
  CONSULTATION_STATUSES,
  POSITION_KINDS,
  POSITIONS_VISIBILITY,
  RESERVATION_KINDS,
  SILENCE_STATUSES,
} from '../../../shared/consultations.ts';
import type { OutcomeFacts } from '../../../shared/consultations.ts';
import { between, classifiedChecks, classifiedColumns, idList, instant, jsonList, oneOf, provenanceCheck, provenanceColumns, rule } from '../columns.ts';
import { users } from './accounts.table.ts';
import { parties } from './directory.table.ts';
import { bodies, decisions } from './meetings.table.ts';

/**
 * The parts of a consultation (versions, positions, procedures) refer to each
 * other with NO ACTION rather than RESTRICT, so that removing a consultation
 * with its parts stays possible (see docs/decisions/016).
 */
const version = (name: string) => uuid(name).references((): AnyPgColumn => consultationVersions.id);
const byUser = (name: string) => uuid(name).references(() => users.id, { onDelete: 'restrict' });
const party = (name: string) => text(name).references(() => parties.code, { onDelete: 'restrict' });

/**
 * A draft text circulated to delegations for comments, consensus or silence
 * procedure. The distribution list is the record's `sharedParties` and
 * `sharedOrganizations`: a draft is `mission` until its first version is
 * circulated, then `shared` with the list.
 */
export const consultations = pgTable(
  'consultations',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    titleRu: text('title_ru'),
    /** A reference such as CPR/2026/14, given by the mission. */
    reference: text('reference'),
    method: text('method', { enum: CONSULTATION_METHODS }).notNull(),
    status: text('status', { enum: CONSULTATION_STATUSES }).notNull().default('draft'),
    /** Deadline for comments or consensus (a silence procedure keeps its own expiry). */
    deadline: instant('deadline'),
    /** IANA zone the deadline is set in, e.g. Asia/Jakarta. */
    timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
    /** Whether delegations see each other's positions, or only the mission does. */
    positionsVisibility: text('positions_visibility', { enum: POSITIONS_VISIBILITY }).notNull().default('distribution'),
    /** Mission users who chair it (told of every position). */
    chairUserIds: uuid('chair_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    outcomeAt: instant('outcome_at'),
    /** What was decided, as facts (worded per reader: see consultations.texts.ts). */
    outcome: jsonb('outcome').$type<OutcomeFacts>(),
    /** The version adopted (or the one the outcome concerns). */
    outcomeVersionId: version('outcome_version_id'),
    /** The numbered decision in the body's register, when adopted (a part of a meeting: NO ACTION). */
    decisionId: uuid('decision_id').references(() => decisions.id),
    decisionCode: text('decision_code'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    index('consultations_status_idx').on(t.status, t.updatedAt, t.id),
    index('consultations_updated_idx').on(t.updatedAt, t.id),
    index('consultations_body_idx').on(t.bodyId),
    index('consultations_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('consultations_shared_parties_gin').using('gin', t.sharedParties),
    ...classifiedChecks(t),
    provenanceCheck(t),
    oneOf(t.method, CONSULTATION_METHODS),
    oneOf(t.status, CONSULTATION_STATUSES),
    oneOf(t.positionsVisibility, POSITIONS_VISIBILITY),
    idList(t.chairUserIds),
  ],
);

/** Versions of the text. A circulated version never changes. */
export const consultationVersions = pgTable(
  'consultation_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    /** Sanitised rich text (HTML). */
    content: text('content').notNull(),
    /** What changed, in a line. */
    note: text('note'),
    circulatedAt: instant('circulated_at'),
    circulatedBy: byUser('circulated_by'),
    createdBy: byUser('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consultation_versions_number_uq').on(t.consultationId, t.number), between(t.number, 1)],
);

/** Every position a delegation has taken; the latest per party is its current one. */
export const consultationPositions = pgTable(
  'consultation_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    /** The version the position is on. */
    versionId: version('version_id').notNull(),
    partyCode: party('party_code').notNull(),
    kind: text('kind', { enum: POSITION_KINDS }).notNull(),
    reservationKind: text('reservation_kind', { enum: RESERVATION_KINDS }),
    /** The reservation, the reason for objecting, or the amendment's proposed text. */
    text: text('text'),
    /** The silence procedure running when it was recorded. */
    procedureId: uuid('procedure_id').references((): AnyPgColumn => silenceProcedures.id),
    recordedBy: byUser('recorded_by'),
    recordedByLabel: text('recorded_by_label').notNull(),
    /** The mission recorded it on the delegation's behalf (e.g. from a note verbale). */
    recordedByMission: boolean('recorded_by_mission').notNull().default(false),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    index('consultation_positions_party_idx').on(t.consultationId, t.partyCode, t.recordedAt),
    oneOf(t.kind, POSITION_KINDS),
    oneOf(t.reservationKind, RESERVATION_KINDS),
    rule('consultation_positions_reservation_check', 'Only a reservation has a kind of reservation.', sql`${t.reservationKind} is null or ${t.kind} = 'reservation'`, t.reservationKind),
  ],
);

/** The first time a delegation opened a circulated version. */
export const consultationAcknowledgements = pgTable(
  'consultation_acknowledgements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    versionId: version('version_id').notNull(),
    partyCode: party('party_code').notNull(),
    userId: byUser('user_id'),
    userLabel: text('user_label').notNull(),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consultation_acks_version_party_uq').on(t.versionId, t.partyCode), index('consultation_acks_consultation_idx').on(t.consultationId)],
);

/**
 * A silence procedure on one circulated version: adopted at `expiresAt`
 * unless a delegation breaks silence first. `deadlines` keeps every earlier
 * expiry when the chair extends it.
 */
export const silenceProcedures = pgTable(
  'silence_procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    versionId: version('version_id').notNull(),
    expiresAt: instant('expires_at').notNull(),
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: SILENCE_STATUSES }).notNull().default('running'),
    launchedBy: byUser('launched_by'),
    launchedAt: instant('launched_at').notNull().defaultNow(),
    deadlines: jsonb('deadlines').$type<{ expiresAt: string; changedAt: string; changedBy: string | null; reason: string | null }[]>().notNull().default([]),
    outcomeAt: instant('outcome_at'),
    brokenByParty: party('broken_by_party'),
    brokenByPositionId: uuid('broken_by_position_id').references((): AnyPgColumn => consultationPositions.id),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [
    index('silence_procedures_consultation_idx').on(t.consultationId, t.launchedAt),
    // at most one running procedure per consultation
    uniqueIndex('silence_procedures_running_uq').on(t.consultationId).where(sql`status = 'running'`),
    oneOf(t.status, SILENCE_STATUSES),
    rule('silence_procedures_outcome_check', 'A running procedure has no outcome yet, and an ended one has.', sql`(${t.status} = 'running') = (${t.outcomeAt} is null)`, t.status),
    jsonList(t.deadlines),
  ],
);

/** The thread: comments on the consultation or one version; mission notes are never shown to delegations. */
export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    versionId: version('version_id'),
    missionOnly: boolean('mission_only').notNull().default(false),
    body: text('body').notNull(),
    mentions: uuid('mentions').array().notNull().default(sql`'{}'::uuid[]`),
    authorId: byUser('author_id'),
    authorLabel: text('author_label').notNull(),
    authorPartyCode: party('author_party_code'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('consultation_comments_idx').on(t.consultationId, t.createdAt), idList(t.mentions)],
);
