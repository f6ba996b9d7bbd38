import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AdoptionFacts } from '../../../shared/meetings.ts';
import { classifiedColumns, instant, provenanceColumns } from '../columns.ts';

export const BODY_KINDS = [
  'summit',
  'ministerial',
  'senior_officials',
  'joint_committee',
  'planning_committee',
  'working_group',
  'sectoral_dialogue',
  'other',
] as const;
export const MEETING_STATUSES = ['planned', 'convened', 'concluded', 'record_approved', 'cancelled'] as const;
export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const ATTENDANCE = ['present', 'absent', 'apologies'] as const;

/** Committees and sectoral mechanisms: the JCC, SOM, JPMC, working groups, dialogues. */
export const bodies = pgTable(
  'bodies',
  {
    ...classifiedColumns(),
    ...provenanceColumns(),
    nameEn: text('name_en').notNull(),
    nameRu: text('name_ru'),
    acronym: text('acronym'),
    kind: text('kind', { enum: BODY_KINDS }).notNull(),
    /** The mission's own sector keys (energy, ict, agriculture, …). */
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    /** OECD DAC 5-digit codes (IATI vocabulary 1). */
    dacCodes: text('dac_codes').array().notNull().default(sql`'{}'::text[]`),
    parentId: uuid('parent_id'),
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
    partyCode: text('party_code').notNull(),
    role: text('role', { enum: ['coordinator', 'co_chair', 'chair'] }).notNull().default('coordinator'),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    ...provenanceColumns(),
  },
  // a body's rotation history
  (t) => [index('body_coordinators_body_idx').on(t.bodyId, t.fromDate)],
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
    ownerPartyCode: text('owner_party_code'),
    targetDate: date('target_date'),
    status: text('status', { enum: ['planned', 'in_progress', 'done', 'dropped'] }).notNull().default('planned'),
    progress: integer('progress').notNull().default(0),
    // Its `links` (meetings, initiatives that advance it) are record_links of kind `references`.
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('work_plan_lines_body_code_uq').on(t.bodyId, t.code)],
);

export const meetings = pgTable(
  'meetings',
  {
    ...classifiedColumns(),
    ...provenanceColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
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
    approvedBy: uuid('approved_by'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // a body's meetings, newest first; last meeting for cadence
    index('meetings_body_idx').on(t.bodyId, t.startsAt),
    index('meetings_starts_idx').on(t.startsAt, t.id),
    index('meetings_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('meetings_shared_parties_gin').using('gin', t.sharedParties),
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
    presenterPartyCode: text('presenter_party_code'),
    presenterPersonId: uuid('presenter_person_id'),
    durationMinutes: integer('duration_minutes'),
    // Its `links` (records the item concerns) are record_links of kind `references`.
    /** Matters arising: the action item or decision of an earlier meeting this item carries over. */
    carriedActionItemId: uuid('carried_action_item_id'),
    carriedDecisionId: uuid('carried_decision_id'),
    /** Minutes of this item (sanitised rich text) and their revision counter. */
    minutes: text('minutes').notNull().default(''),
    minutesVersion: integer('minutes_version').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position)],
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
    changedBy: uuid('changed_by'),
    changedByLabel: text('changed_by_label').notNull(),
    changedAt: instant('changed_at').notNull().defaultNow(),
    corrigendum: boolean('corrigendum').notNull().default(false),
    reason: text('reason'),
  },
  (t) => [uniqueIndex('minute_revisions_item_version_uq').on(t.agendaItemId, t.version)],
);

/** Attendance by delegation (one row per member party) and other participants (organisations). */
export const attendance = pgTable(
  'attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partyCode: text('party_code'),
    organizationId: uuid('organization_id'),
    status: text('status', { enum: ATTENDANCE }).notNull(),
    headPersonId: uuid('head_person_id'),
    memberPersonIds: uuid('member_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('attendance_party_uq').on(t.meetingId, t.partyCode).where(sql`party_code is not null`),
    uniqueIndex('attendance_org_uq').on(t.meetingId, t.organizationId).where(sql`organization_id is not null`),
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
    agendaItemId: uuid('agenda_item_id'),
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['in_force', 'superseded'] }).notNull().default('in_force'),
    supersededById: uuid('superseded_by_id'),
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
  ],
);

export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').notNull(),
    decisionId: uuid('decision_id'),
    title: text('title').notNull(),
    ownerPartyCode: text('owner_party_code'),
    ownerOrganizationId: uuid('owner_organization_id'),
    ownerPersonId: uuid('owner_person_id'),
    /** A mission user answerable for it (reminders go to them). */
    ownerUserId: uuid('owner_user_id'),
    dueDate: date('due_date'),
    status: text('status', { enum: ['open', 'done', 'dropped'] }).notNull().default('open'),
    completedAt: instant('completed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // matters arising: a body's open items
    index('action_items_body_idx').on(t.bodyId, t.status),
    index('action_items_meeting_idx').on(t.meetingId),
    // "my action items"
    index('action_items_owner_party_idx').on(t.ownerPartyCode, t.status),
    index('action_items_owner_user_idx').on(t.ownerUserId, t.status),
  ],
);
