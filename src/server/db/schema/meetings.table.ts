// Tables of the meetings module: bodies, coordinators, work plans, meetings, agenda, minutes, attendance, decisions, action items.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  ACTION_ITEM_STATUSES,
  BODY_KINDS,
  COORDINATOR_ROLES,
  DECISION_STATUSES,
  MEETING_FORMATS,
  MEETING_STATUSES,
  RECORDED_ATTENDANCE_STATUSES,
  WORK_PLAN_STATUSES,
} from '../../../shared/meetings.ts';
import type { AdoptionFacts } from '../../../shared/meetings.ts';
import { CLASSIFICATIONS } from '../../../shared/common.ts';
import { between, classifiedChecks, classifiedColumns, idList, instant, namesChecks, namesColumns, oneOf, partyCodeList, period, provenanceCheck, provenanceColumns, rule } from '../columns.ts';
import { users } from './accounts.table.ts';
import { organizations, parties, people } from './directory.table.ts';

/** Committees and sectoral mechanisms: the JCC, SOM, JPMC, working groups, dialogues. */
export const bodies = pgTable(
  'bodies',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** Names keyed by language; `name_en` is generated from them. */
    ...namesColumns(),
    acronym: text('acronym'),
    kind: text('kind', { enum: BODY_KINDS }).notNull(),
    /** The mission's own sector keys (energy, ict, agriculture, …). */
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    /** OECD DAC 5-digit codes (IATI vocabulary 1). */
    dacCodes: text('dac_codes').array().notNull().default(sql`'{}'::text[]`),
    parentId: uuid('parent_id').references((): AnyPgColumn => bodies.id, { onDelete: 'restrict' }),
    memberParties: text('member_parties').array().notNull().default(sql`'{}'::text[]`),
    /** How often the body should meet, in months; null when it meets irregularly. */
    cadenceMonths: integer('cadence_months'),
    /** How many days before "next due" it shows as due soon. */
    dueSoonDays: integer('due_soon_days').notNull().default(60),
    /** Party codes in rotation order for the coordinator / chair. */
    rotationOrder: text('rotation_order').array().notNull().default(sql`'{}'::text[]`),
    /** Mission staff responsible for keeping it alive (told when it is overdue). */
    responsibleUserIds: uuid('responsible_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Prefix of decision numbers, e.g. JCC (→ JCC-20/D3). */
    decisionPrefix: text('decision_prefix'),
    notes: text('notes'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // list by name
    index('bodies_name_idx').on(sql`lower(${t.nameEn})`, t.id),
    index('bodies_parent_idx').on(t.parentId),
    index('bodies_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    ...classifiedChecks(t),
    provenanceCheck(t),
    ...namesChecks(t),
    oneOf(t.kind, BODY_KINDS),
    partyCodeList(t.memberParties),
    partyCodeList(t.rotationOrder),
    idList(t.responsibleUserIds),
    between(t.cadenceMonths, 1),
    between(t.dueSoonDays, 0),
  ],
);

/** Who coordinates or chairs a body, and when: the rotation's history. */
export const bodyCoordinators = pgTable(
  'body_coordinators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    partyCode: text('party_code')
      .notNull()
      .references(() => parties.code, { onDelete: 'restrict' }),
    role: text('role', { enum: COORDINATOR_ROLES }).notNull().default('coordinator'),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    ...provenanceColumns(),
  },
  (t) => [
    // a body's rotation history
    index('body_coordinators_body_idx').on(t.bodyId, t.fromDate),
    oneOf(t.role, COORDINATOR_ROLES),
    period(t.fromDate, t.toDate),
    provenanceCheck(t),
  ],
);

/** A body's work plan: numbered action lines with an owner, a target and progress. */
export const workPlanLines = pgTable(
  'work_plan_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    ownerPartyCode: text('owner_party_code').references(() => parties.code, { onDelete: 'restrict' }),
    targetDate: date('target_date'),
    status: text('status', { enum: WORK_PLAN_STATUSES }).notNull().default('planned'),
    progress: integer('progress').notNull().default(0),
    // Its `links` (meetings, initiatives that advance it) are record_links of kind `references`.
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('work_plan_lines_body_code_uq').on(t.bodyId, t.code),
    oneOf(t.status, WORK_PLAN_STATUSES),
    between(t.progress, 0, 100),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    /** Ordinal as given by the organiser (the 20th JCC). */
    number: integer('number'),
    title: text('title').notNull(),
    titleRu: text('title_ru'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    /** IANA zone the meeting is held in, e.g. Asia/Jakarta. */
    timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
    venue: text('venue'),
    onlineUrl: text('online_url'),
    format: text('format', { enum: MEETING_FORMATS }).notNull().default('in_person'),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    approvedAt: instant('approved_at'),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'restrict' }),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // a body's meetings, newest first; last meeting for cadence
    index('meetings_body_idx').on(t.bodyId, t.startsAt),
    index('meetings_starts_idx').on(t.startsAt, t.id),
    index('meetings_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('meetings_shared_parties_gin').using('gin', t.sharedParties),
    // a body's meeting numbers are unique among meetings not cancelled (the use case's check, kept under races)
    uniqueIndex('meetings_body_number_uq').on(t.bodyId, t.number).where(sql`number is not null and status <> 'cancelled'`),
    ...classifiedChecks(t),
    provenanceCheck(t),
    oneOf(t.format, MEETING_FORMATS),
    oneOf(t.status, MEETING_STATUSES),
    between(t.number, 1),
    period(t.startsAt, t.endsAt),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    presenterPartyCode: text('presenter_party_code').references(() => parties.code, { onDelete: 'restrict' }),
    presenterPersonId: uuid('presenter_person_id').references(() => people.id, { onDelete: 'restrict' }),
    durationMinutes: integer('duration_minutes'),
    // Its `links` (records the item concerns) are record_links of kind `references`.
    /** Matters arising: the action item or decision of an earlier meeting this item carries over. */
    carriedActionItemId: uuid('carried_action_item_id').references((): AnyPgColumn => actionItems.id),
    carriedDecisionId: uuid('carried_decision_id').references((): AnyPgColumn => decisions.id),
    /** Minutes of this item (sanitised rich text) and their revision counter. */
    minutes: text('minutes').notNull().default(''),
    minutesVersion: integer('minutes_version').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    between(t.position, 1),
    between(t.durationMinutes, 1),
    between(t.minutesVersion, 0),
  ],
);

/** Every change of an item's minutes: who, when, the text; corrigenda after approval are marked. */
export const minuteRevisions = pgTable(
  'minute_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: text('content').notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'restrict' }),
    changedByLabel: text('changed_by_label').notNull(),
    changedAt: instant('changed_at').notNull().defaultNow(),
    corrigendum: boolean('corrigendum').notNull().default(false),
    reason: text('reason'),
  },
  (t) => [uniqueIndex('minute_revisions_item_version_uq').on(t.agendaItemId, t.version), between(t.version, 1)],
);

/** Attendance by delegation (one row per member party) and other participants (organisations). */
export const attendance = pgTable(
  'attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partyCode: text('party_code').references(() => parties.code, { onDelete: 'restrict' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    status: text('status', { enum: RECORDED_ATTENDANCE_STATUSES }).notNull(),
    headPersonId: uuid('head_person_id').references(() => people.id, { onDelete: 'restrict' }),
    /** People of the directory; an array's elements cannot have a foreign key (see docs/decisions/016). */
    memberPersonIds: uuid('member_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('attendance_party_uq').on(t.meetingId, t.partyCode).where(sql`party_code is not null`),
    uniqueIndex('attendance_org_uq').on(t.meetingId, t.organizationId).where(sql`organization_id is not null`),
    oneOf(t.status, RECORDED_ATTENDANCE_STATUSES),
    idList(t.memberPersonIds),
    rule('attendance_participant_check', 'Give either a party or an organisation.', sql`num_nonnulls(${t.partyCode}, ${t.organizationId}) = 1`, t.partyCode),
  ],
);

/** Decisions register: numbered per meeting (JCC-20/D3). */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /**
     * References to parts of meetings (agenda items, decisions, action items)
     * are NO ACTION rather than RESTRICT, so that removing a meeting with its
     * parts stays possible (see docs/decisions/016).
     */
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: DECISION_STATUSES }).notNull().default('in_force'),
    supersededById: uuid('superseded_by_id').references((): AnyPgColumn => decisions.id),
    // Its `links` are record_links of kind `references`.
    /** Where it came from when not taken in the meeting itself (e.g. a silence procedure). */
    source: jsonb('source').$type<{ recordType: string; recordId: string } | null>(),
    /** For a text adopted outside the meeting: the facts of its adoption, worded per reader instead of `text`. */
    adoption: jsonb('adoption').$type<AdoptionFacts>(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('decisions_meeting_seq_uq').on(t.meetingId, t.seq),
    index('decisions_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // decisions taken under an agenda item (before the item is removed)
    index('decisions_agenda_item_idx').on(t.agendaItemId),
    oneOf(t.status, DECISION_STATUSES),
    between(t.seq, 1),
    rule('decisions_superseded_check', 'A superseded decision names the decision that supersedes it.', sql`(${t.status} = 'superseded') = (${t.supersededById} is not null)`, t.status),
  ],
);

export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The meeting that agreed it; null for a follow-up of a record of another module (its `subject`). */
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    /** A follow-up of another record (e.g. an engagement): its type and id; visible as that record is, through the access copied below. */
    subjectType: text('subject_type'),
    subjectId: uuid('subject_id'),
    /** The access of the subject record (kept in step by its module); unused for a meeting's items, which follow their meeting. */
    classification: text('classification', { enum: CLASSIFICATIONS }).notNull().default('mission'),
    sharedParties: text('shared_parties').array().notNull().default(sql`'{}'::text[]`),
    sharedOrganizations: uuid('shared_organizations').array().notNull().default(sql`'{}'::uuid[]`),
    restrictedTo: uuid('restricted_to').array().notNull().default(sql`'{}'::uuid[]`),
    /** A decision of the same body (NO ACTION, as `decisions.agenda_item_id`). */
    decisionId: uuid('decision_id').references(() => decisions.id),
    title: text('title').notNull(),
    ownerPartyCode: text('owner_party_code').references(() => parties.code, { onDelete: 'restrict' }),
    ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'restrict' }),
    /** A mission user answerable for it (reminders go to them). */
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'restrict' }),
    dueDate: date('due_date'),
    status: text('status', { enum: ACTION_ITEM_STATUSES }).notNull().default('open'),
    completedAt: instant('completed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // matters arising: a body's open items
    index('action_items_body_idx').on(t.bodyId, t.status),
    index('action_items_meeting_idx').on(t.meetingId),
    // the follow-ups of a record
    index('action_items_subject_idx').on(t.subjectType, t.subjectId),
    rule(
      'action_items_source_check',
      'An action item belongs to a meeting (with its body) or to another record, not both.',
      sql`(${t.meetingId} is not null and ${t.bodyId} is not null and ${t.subjectType} is null and ${t.subjectId} is null) or (${t.meetingId} is null and ${t.subjectType} is not null and ${t.subjectId} is not null)`,
      t.meetingId,
    ),
    ...classifiedChecks(t),
    // "my action items"
    index('action_items_owner_party_idx').on(t.ownerPartyCode, t.status),
    index('action_items_owner_user_idx').on(t.ownerUserId, t.status),
    oneOf(t.status, ACTION_ITEM_STATUSES),
    rule(
      'action_items_owner_check',
      'Give an owner: a party, an organisation, a person or a mission user.',
      sql`num_nonnulls(${t.ownerPartyCode}, ${t.ownerOrganizationId}, ${t.ownerPersonId}, ${t.ownerUserId}) > 0`,
      t.ownerPartyCode,
    ),
    rule('action_items_completed_check', 'An open item has no completion time, and a closed one has.', sql`(${t.status} = 'open') = (${t.completedAt} is null)`, t.status),
  ],
);
