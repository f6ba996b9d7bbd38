// Tables of the initiatives module: initiatives, their DAC sectors, stage history, participants, budgets, transactions and milestones, progress reports with their indicators and risks; funds and contributions; plans of action and action lines.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BUDGET_TYPES, INITIATIVE_STAGES, PARTICIPANT_ROLES, RECIPIENT_REGIONS, RISK_STATUSES, TRANSACTION_TYPES } from '../../../shared/initiatives.ts';
import { moneyColumns, moneyConstraints } from '../../platform/records/money.columns.ts';
import { between, classifiedChecks, classifiedColumns, instant, namesChecks, namesColumns, oneOf, partyCodeList, period, provenanceCheck, provenanceColumns, rule } from '../columns.ts';
import { users } from './accounts.table.ts';
import { organizations, parties } from './directory.table.ts';
import { documents } from './documents.table.ts';
import { bodies } from './meetings.table.ts';

/** A fund projects draw on, e.g. the ASEAN–Russia Dialogue Partnership Financial Fund. */
export const funds = pgTable(
  'funds',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    ...namesColumns(),
    acronym: text('acronym'),
    currency: text('currency').notNull(),
    notes: text('notes'),
  },
  (t) => [
    // the fund list by name
    index('funds_name_idx').on(sql`lower(${t.nameEn})`, t.id),
    ...classifiedChecks(t),
    ...namesChecks(t),
    provenanceCheck(t),
  ],
);

/** What the partner paid into a fund, per year. */
export const fundContributions = pgTable(
  'fund_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    receivedOn: date('received_on'),
    ...moneyColumns('amount'),
  },
  (t) => [
    // a fund's contributions by year
    index('fund_contributions_fund_idx').on(t.fundId, t.year),
    between(t.year, 1990, 2100),
    ...moneyConstraints('fund_contributions', t, 'amount'),
  ],
);

/** A plan of action, e.g. the Comprehensive Plan of Action 2021–2025. */
export const plans = pgTable(
  'plans',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    titleEn: text('title_en').notNull(),
    titleRu: text('title_ru'),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
  },
  (t) => [
    // the plan list by title
    index('plans_title_idx').on(sql`lower(${t.titleEn})`, t.id),
    ...classifiedChecks(t),
    provenanceCheck(t),
    rule('plans_years_check', 'The last year must be on or after the first.', sql`${t.fromYear} <= ${t.toYear}`, t.toYear),
  ],
);

/** A numbered action line of a plan, under its pillar; visible as its plan is. */
export const actionLines = pgTable(
  'action_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    pillar: text('pillar').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('action_lines_plan_code_uq').on(t.planId, t.code)],
);

/** A sectoral initiative (a project) from idea to closure. */
export const initiatives = pgTable(
  'initiatives',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** The mission's reference, from the numbering service (AR-01, AR-02, …). */
    reference: text('reference').notNull(),
    titleEn: text('title_en').notNull(),
    titleRu: text('title_ru'),
    description: text('description'),
    objectives: text('objectives'),
    /** The ASEC proposal identification code, unique when set. */
    proposalCode: text('proposal_code'),
    /** The mission's own sector keys (codelist mission_sector). */
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    stage: text('stage', { enum: INITIATIVE_STAGES }).notNull().default('idea'),
    stageChangedAt: instant('stage_changed_at').notNull().defaultNow(),
    /** The stage a suspended initiative resumes to. */
    resumeStage: text('resume_stage', { enum: INITIATIVE_STAGES }),
    proponentPartyCode: text('proponent_party_code').references(() => parties.code, { onDelete: 'restrict' }),
    proponentOrganizationId: uuid('proponent_organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    implementingOrganizationId: uuid('implementing_organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    sponsoringBodyId: uuid('sponsoring_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    fundId: uuid('fund_id').references(() => funds.id, { onDelete: 'restrict' }),
    /** The currency of every budget and transaction of the initiative (ISO 4217). */
    currency: text('currency').notNull(),
    /** ASEAN member states taking part. */
    memberParties: text('member_parties').array().notNull().default(sql`'{}'::text[]`),
    recipientCountries: text('recipient_countries').array().notNull().default(sql`'{}'::text[]`),
    recipientRegion: text('recipient_region', { enum: RECIPIENT_REGIONS }),
    plannedStart: date('planned_start'),
    plannedEnd: date('planned_end'),
    actualStart: date('actual_start'),
    actualEnd: date('actual_end'),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id, { onDelete: 'restrict' }),
    iatiPublish: boolean('iati_publish').notNull().default(false),
    completionReportDocumentId: uuid('completion_report_document_id').references(() => documents.id, { onDelete: 'restrict' }),
    ...moneyColumns('unspentBalance', { nullable: true }),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('initiatives_reference_uq').on(t.reference),
    uniqueIndex('initiatives_proposal_code_uq').on(t.proposalCode),
    // the table sorted by reference (the default) and by the last stage change
    index('initiatives_reference_idx').on(t.reference, t.id),
    index('initiatives_stage_idx').on(t.stage, t.stageChangedAt),
    // filters by fund and by sector
    index('initiatives_fund_idx').on(t.fundId),
    index('initiatives_sectors_gin').using('gin', t.sectors),
    index('initiatives_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    ...classifiedChecks(t),
    provenanceCheck(t),
    oneOf(t.stage, INITIATIVE_STAGES),
    oneOf(t.resumeStage, INITIATIVE_STAGES),
    oneOf(t.recipientRegion, RECIPIENT_REGIONS),
    partyCodeList(t.memberParties),
    partyCodeList(t.recipientCountries),
    period(t.plannedStart, t.plannedEnd, 'initiatives_planned_period_check'),
    period(t.actualStart, t.actualEnd, 'initiatives_actual_period_check'),
    ...moneyConstraints('initiatives', t, 'unspentBalance'),
  ],
);

/** An initiative's OECD DAC sectors (IATI vocabulary 1) with their percentages; the use case keeps the sum at 100. */
export const initiativeDacSectors = pgTable(
  'initiative_dac_sectors',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    percentage: integer('percentage').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.code] }),
    // the table filtered by DAC code
    index('initiative_dac_sectors_code_idx').on(t.code),
    between(t.percentage, 1, 100),
  ],
);

/** Every move of an initiative's stage: who, when, why. */
export const initiativeStageChanges = pgTable(
  'initiative_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage', { enum: INITIATIVE_STAGES }),
    toStage: text('to_stage', { enum: INITIATIVE_STAGES }).notNull(),
    reason: text('reason'),
    at: instant('at').notNull().defaultNow(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [
    // an initiative's history, in order
    index('initiative_stage_changes_initiative_idx').on(t.initiativeId, t.at),
    oneOf(t.fromStage, INITIATIVE_STAGES),
    oneOf(t.toStage, INITIATIVE_STAGES),
  ],
);

/** Organisations taking part in an initiative, with their IATI role. */
export const initiativeParticipants = pgTable(
  'initiative_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
    iatiRef: text('iati_ref'),
    iatiType: text('iati_type'),
  },
  (t) => [index('initiative_participants_initiative_idx').on(t.initiativeId), oneOf(t.role, PARTICIPANT_ROLES)],
);

/** Budget lines by period (IATI budget type 1 original, 2 revised). */
export const initiativeBudgets = pgTable(
  'initiative_budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    type: text('type', { enum: BUDGET_TYPES }).notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    ...moneyColumns('value'),
  },
  (t) => [
    index('initiative_budgets_initiative_idx').on(t.initiativeId, t.periodStart),
    oneOf(t.type, BUDGET_TYPES),
    period(t.periodStart, t.periodEnd),
    between(t.valueMinor, 0),
    ...moneyConstraints('initiative_budgets', t, 'value'),
  ],
);

/** Money that moved (IATI transaction types 1–4). */
export const initiativeTransactions = pgTable(
  'initiative_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    type: text('type', { enum: TRANSACTION_TYPES }).notNull(),
    date: date('date').notNull(),
    ...moneyColumns('value'),
    providerName: text('provider_name'),
    receiverName: text('receiver_name'),
    description: text('description'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    // an initiative's transactions by date; totals by type
    index('initiative_transactions_initiative_idx').on(t.initiativeId, t.type, t.date),
    oneOf(t.type, TRANSACTION_TYPES),
    between(t.valueMinor, 0),
    ...moneyConstraints('initiative_transactions', t, 'value'),
  ],
);

/** Milestones with planned and actual dates. */
export const initiativeMilestones = pgTable(
  'initiative_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    plannedDate: date('planned_date').notNull(),
    actualDate: date('actual_date'),
    /** Reminders already sent, as `<due date>:<soon|overdue>`: each is sent once. */
    remindersSent: text('reminders_sent').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [index('initiative_milestones_initiative_idx').on(t.initiativeId, t.plannedDate)],
);

/** A progress report for a period: due on a date, filed with its narrative and percent complete. */
export const initiativeReports = pgTable(
  'initiative_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** When the report is expected (reminders 7 days before, then when overdue). */
    dueDate: date('due_date'),
    /** When it was filed; a report without it is still expected. */
    submittedOn: date('submitted_on'),
    narrative: text('narrative'),
    percentComplete: integer('percent_complete'),
    /** Reminders already sent, as `<due date>:<soon|overdue>`: each is sent once. */
    remindersSent: text('reminders_sent').array().notNull().default(sql`'{}'::text[]`),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // an initiative's reports by period
    index('initiative_reports_initiative_idx').on(t.initiativeId, t.periodStart),
    period(t.periodStart, t.periodEnd),
    between(t.percentComplete, 0, 100),
  ],
);

/** A result indicator measured in a progress report: baseline, target and actual in a unit. */
export const initiativeReportIndicators = pgTable(
  'initiative_report_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => initiativeReports.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    unit: text('unit').notNull(),
    baselineYear: integer('baseline_year'),
    baseline: numeric('baseline', { precision: 20, scale: 4 }),
    target: numeric('target', { precision: 20, scale: 4 }),
    actual: numeric('actual', { precision: 20, scale: 4 }),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('initiative_report_indicators_report_idx').on(t.reportId, t.position), between(t.baselineYear, 1990, 2100)],
);

/** A risk to an initiative: likelihood and impact on 1–5, mitigation, owner. */
export const initiativeRisks = pgTable(
  'initiative_risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    likelihood: integer('likelihood').notNull(),
    impact: integer('impact').notNull(),
    mitigation: text('mitigation'),
    owner: text('owner'),
    status: text('status', { enum: RISK_STATUSES }).notNull().default('open'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // an initiative's risks
    index('initiative_risks_initiative_idx').on(t.initiativeId),
    between(t.likelihood, 1, 5),
    between(t.impact, 1, 5),
    oneOf(t.status, RISK_STATUSES),
  ],
);
