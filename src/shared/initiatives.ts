// The API contract of the initiatives module: initiatives and their pipeline, sectors, money, funds and plans of action, with enums defined once.
import { z } from 'zod';
import {
  accessFieldsSchema,
  dateSchema,
  listQueryBase,
  listResponse,
  optionalText,
  partyCodeSchema,
  provenanceSchema,
  recordMetaSchema,
  requiredText,
  uuidSchema,
  webUrlSchema,
} from './common.ts';
import { moneySchema, nonNegativeMoneySchema, currencyCodeSchema } from './money.ts';
import { namesOutSchema, namesSchema } from './names.ts';

/**
 * The project cycle of domain.md §1.4: the pipeline from idea to closure, and
 * the two side stages. `suspended` resumes to the stage it left; `cancelled`
 * and `closed` are final.
 */
export const PIPELINE_STAGES = [
  'idea',
  'concept_note',
  'proposal_submitted',
  'asec_appraisal',
  'sponsoring_body_endorsed',
  'approved',
  'in_implementation',
  'completion_reporting',
  'closed',
] as const;
export const INITIATIVE_STAGES = [...PIPELINE_STAGES, 'suspended', 'cancelled'] as const;
export type InitiativeStage = (typeof INITIATIVE_STAGES)[number];
/** Stages from which an initiative may be suspended or cancelled. */
export const OPEN_STAGES: readonly InitiativeStage[] = PIPELINE_STAGES.slice(0, -1);
/** Stages that count an action line as launched: in implementation or later. */
export const LAUNCHED_STAGES: readonly InitiativeStage[] = ['in_implementation', 'completion_reporting', 'closed'];

/** The moves allowed from `from` (a suspended initiative resumes to `resumeTo`, the stage it was suspended from). */
export function allowedMoves(from: InitiativeStage, resumeTo: InitiativeStage | null = null): InitiativeStage[] {
  if (from === 'suspended') return resumeTo ? [resumeTo, 'cancelled'] : ['cancelled'];
  if (from === 'closed' || from === 'cancelled') return [];
  const i = PIPELINE_STAGES.indexOf(from);
  return [PIPELINE_STAGES[i + 1], 'suspended', 'cancelled'];
}

/** IATI ActivityStatus derived from the stage (domain.md §1.4): never stored. */
export const ACTIVITY_STATUS_OF_STAGE: Record<InitiativeStage, string> = {
  idea: '1',
  concept_note: '1',
  proposal_submitted: '1',
  asec_appraisal: '1',
  sponsoring_body_endorsed: '1',
  approved: '1',
  in_implementation: '2',
  completion_reporting: '3',
  closed: '4',
  cancelled: '5',
  suspended: '6',
};

/** IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
export const PARTICIPANT_ROLES = ['1', '2', '3', '4'] as const;
/** IATI BudgetType: 1 original, 2 revised. */
export const BUDGET_TYPES = ['1', '2'] as const;
/** IATI TransactionType kept here: 1 incoming funds, 2 outgoing commitment, 3 disbursement, 4 expenditure. */
export const TRANSACTION_TYPES = ['1', '2', '3', '4'] as const;
/** IATI Region (vocabulary 1, OECD DAC) used for ASEAN-wide activities: 798 Asia, regional; 789 Far East Asia, regional. */
export const RECIPIENT_REGIONS = ['798', '789'] as const;
/** A risk is open until it is closed (it passed or no longer applies). */
export const RISK_STATUSES = ['open', 'closed'] as const;

const provenanceFields = {
  provenance: provenanceSchema.nullish(),
  sourceUrl: webUrlSchema,
};
const outInstant = z.iso.datetime({ offset: true });
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** One OECD DAC 5-digit sector (IATI vocabulary 1) and its share of the initiative, in whole percent. */
export const dacSectorSchema = z.object({
  code: z.string().regex(/^\d{5}$/, 'Use a five-digit OECD DAC code, e.g. 23110'),
  percentage: z.number().int('Give a whole percentage').min(1, 'At least 1 percent').max(100, 'At most 100 percent'),
});
/** DAC sectors: empty, or codes named once whose percentages add up to exactly 100 (IATI: per vocabulary). */
export const dacSectorsSchema = z
  .array(dacSectorSchema)
  .max(20)
  .superRefine((list, c) => {
    if (list.length === 0) return;
    const total = list.reduce((s, x) => s + x.percentage, 0);
    if (total !== 100) c.addIssue({ code: 'custom', message: `The DAC sector percentages add up to ${total}; they must add up to exactly 100.` });
    const codes = list.map((x) => x.code);
    if (new Set(codes).size !== codes.length) c.addIssue({ code: 'custom', message: 'Name each DAC code once.' });
  });

const initiativeFields = accessFieldsSchema.extend({
  titleEn: requiredText(300, 'Enter the title in English'),
  titleRu: optionalText(300),
  description: optionalText(4000).refine((v) => !v || words(v) <= 300, 'Keep the description to 300 words, as the proposal template asks'),
  objectives: optionalText(4000),
  proposalCode: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9-]{2,39}$/, 'Use the ASEC proposal identification code, e.g. ASEC-RU-2026-07')
    .nullish(),
  sectors: z.array(z.string().trim().regex(/^[a-z][a-z0-9_-]{1,39}$/, 'Use a sector key such as energy or ict')).max(11),
  dacSectors: dacSectorsSchema,
  proponentPartyCode: partyCodeSchema.nullish(),
  proponentOrganizationId: uuidSchema.nullish(),
  implementingOrganizationId: uuidSchema.nullish(),
  sponsoringBodyId: uuidSchema.nullish(),
  fundId: uuidSchema.nullish(),
  currency: currencyCodeSchema,
  memberParties: z.array(partyCodeSchema).max(20),
  recipientCountries: z.array(partyCodeSchema).max(20),
  recipientRegion: z.enum(RECIPIENT_REGIONS, { error: 'Use 798 (Asia, regional) or 789 (Far East Asia, regional)' }).nullish(),
  plannedStart: dateSchema.nullish(),
  plannedEnd: dateSchema.nullish(),
  /** The date the project commenced (domain.md §1.4: approval known and first disbursement received). */
  actualStart: dateSchema.nullish(),
  actualEnd: dateSchema.nullish(),
  responsibleUserId: uuidSchema.nullish(),
  /** Included in the IATI export when true. */
  iatiPublish: z.boolean(),
  ...provenanceFields,
});
/** Defaults apply when creating only: a partial update changes just the fields sent. */
export const initiativeInputSchema = initiativeFields.extend({
  classification: initiativeFields.shape.classification.unwrap().default('mission'),
  sectors: initiativeFields.shape.sectors.default([]),
  dacSectors: initiativeFields.shape.dacSectors.default([]),
  currency: initiativeFields.shape.currency.default('USD'),
  memberParties: initiativeFields.shape.memberParties.default([]),
  recipientCountries: initiativeFields.shape.recipientCountries.default([]),
  iatiPublish: initiativeFields.shape.iatiPublish.default(false),
});
export const initiativeUpdateSchema = initiativeFields.partial();

const refSchema = z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable() });
export const recordRefSchema = z.object({ recordType: z.string(), recordId: z.string(), title: z.string(), path: z.string() });

export const stageChangeSchema = z.object({
  id: z.string(),
  fromStage: z.enum(INITIATIVE_STAGES).nullable(),
  toStage: z.enum(INITIATIVE_STAGES),
  reason: z.string().nullable(),
  at: outInstant,
  byName: z.string().nullable(),
});

/** Derived from budgets and transactions, never stored; all in the initiative's currency. */
export const moneyTotalsSchema = z.object({
  budget: moneySchema,
  committed: moneySchema,
  disbursed: moneySchema,
  spent: moneySchema,
  /** The budget not yet disbursed. */
  remaining: moneySchema,
});

export const initiativeSchema = recordMetaSchema.extend({
  reference: z.string(),
  titleEn: z.string(),
  titleRu: z.string().nullable(),
  description: z.string().nullable(),
  objectives: z.string().nullable(),
  proposalCode: z.string().nullable(),
  sectors: z.array(z.string()),
  dacSectors: z.array(dacSectorSchema),
  stage: z.enum(INITIATIVE_STAGES),
  stageChangedAt: outInstant,
  /** IATI activity-status, derived from the stage. */
  activityStatus: z.string(),
  /** The moves the stage may make now (gates are checked when moving). */
  nextStages: z.array(z.enum(INITIATIVE_STAGES)),
  proponentPartyCode: z.string().nullable(),
  proponentOrganizationId: z.string().nullable(),
  proponentOrganization: refSchema.nullable(),
  implementingOrganizationId: z.string().nullable(),
  implementingOrganization: refSchema.nullable(),
  sponsoringBodyId: z.string().nullable(),
  sponsoringBody: refSchema.nullable(),
  fundId: z.string().nullable(),
  fund: refSchema.nullable(),
  currency: z.string(),
  memberParties: z.array(z.string()),
  recipientCountries: z.array(z.string()),
  recipientRegion: z.string().nullable(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  responsibleUserId: z.string().nullable(),
  iatiPublish: z.boolean(),
  completionReportDocumentId: z.string().nullable(),
  unspentBalance: moneySchema.nullable(),
  approval: recordRefSchema.nullable(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
  totals: moneyTotalsSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;
export const stageHistorySchema = z.object({ items: z.array(stageChangeSchema) });

export const INITIATIVE_SORTS = ['reference', '-reference', 'title', '-title', 'updatedAt', '-updatedAt', 'stageChangedAt', '-stageChangedAt'] as const;
export const initiativeListQuerySchema = listQueryBase.extend({
  sort: z.enum(INITIATIVE_SORTS).default('reference'),
  stage: z.enum(INITIATIVE_STAGES).optional(),
  sector: z.string().max(40).optional(),
  dacCode: z.string().regex(/^\d{5}$/, 'Use a five-digit OECD DAC code, e.g. 23110').optional(),
  party: partyCodeSchema.optional(),
  fundId: uuidSchema.optional(),
  /** Initiatives whose planned or actual period touches this year. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});
export const initiativeListSchema = listResponse(initiativeSchema);
/** The table's filters and sort, for an export of the current view (every matching row, in the reader's language). */
export const initiativeExportQuerySchema = initiativeListQuerySchema.omit({ limit: true, cursor: true }).extend({ lang: z.enum(['en', 'ru']).default('en') });

/** A move along the pipeline; what a gate asks for may be given with the move. */
export const stageMoveSchema = z.object({
  stage: z.enum(INITIATIVE_STAGES, { error: 'Choose a stage' }),
  reason: optionalText(2000),
  /** For `approved`: the decision (e.g. ARJCC-23/D2) or adopted consultation that approved it. */
  approval: z.object({ recordType: z.enum(['decision', 'consultation'], { error: 'An approval is a decision or a consultation' }), recordId: uuidSchema }).nullish(),
  /** For `in_implementation`: the commencement date, when no disbursement is recorded. */
  commencementDate: dateSchema.nullish(),
  /** For `closed`: the completion report, a document attached to the initiative. */
  completionReportDocumentId: uuidSchema.nullish(),
  /** For `closed`: the unspent balance verified by the secretariat. */
  unspentBalance: nonNegativeMoneySchema.nullish(),
});

// ---------- money: budgets and transactions ----------
export const budgetInputSchema = z.object({
  type: z.enum(BUDGET_TYPES, { error: 'Use budget type 1 (original) or 2 (revised)' }).default('1'),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  value: nonNegativeMoneySchema,
});
export const budgetSchema = z.object({ id: z.string(), type: z.enum(BUDGET_TYPES), periodStart: z.string(), periodEnd: z.string(), value: moneySchema });
export const transactionInputSchema = z.object({
  type: z.enum(TRANSACTION_TYPES, { error: 'Use transaction type 1 (incoming funds), 2 (commitment), 3 (disbursement) or 4 (expenditure)' }),
  date: dateSchema,
  value: nonNegativeMoneySchema,
  providerName: optionalText(300),
  receiverName: optionalText(300),
  description: optionalText(1000),
});
export const transactionSchema = z.object({
  id: z.string(),
  type: z.enum(TRANSACTION_TYPES),
  date: z.string(),
  value: moneySchema,
  providerName: z.string().nullable(),
  receiverName: z.string().nullable(),
  description: z.string().nullable(),
});
export const moneyViewSchema = z.object({ budgets: z.array(budgetSchema), transactions: z.array(transactionSchema), totals: moneyTotalsSchema });

// ---------- participating organisations ----------
export const participantInputSchema = z.object({
  organizationId: uuidSchema.nullish(),
  name: optionalText(300),
  role: z.enum(PARTICIPANT_ROLES, { error: 'Use IATI role 1 (funding), 2 (accountable), 3 (extending) or 4 (implementing)' }),
  /** IATI organisation identifier, e.g. XM-DAC-47066 or XI-CHANCERY-MGIMO (format INVENTED in the demo). */
  iatiRef: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,79}$/, 'Use an IATI organisation identifier such as XM-DAC-41301').nullish(),
  iatiType: z.string().regex(/^\d{2}$/, 'Use an IATI organisation type such as 10 or 40').nullish(),
});
export const participantSchema = z.object({
  id: z.string(),
  organizationId: z.string().nullable(),
  name: z.string(),
  role: z.enum(PARTICIPANT_ROLES),
  iatiRef: z.string().nullable(),
  iatiType: z.string().nullable(),
});
export const participantListSchema = z.object({ items: z.array(participantSchema) });

// ---------- milestones and indicators ----------
export const milestoneInputSchema = z.object({
  title: requiredText(300, 'Enter what the milestone is'),
  plannedDate: dateSchema,
  actualDate: dateSchema.nullish(),
});
export const milestoneSchema = z.object({ id: z.string(), title: z.string(), plannedDate: z.string(), actualDate: z.string().nullable() });
export const milestoneListSchema = z.object({ items: z.array(milestoneSchema) });

// ---------- progress reports and their indicators ----------
/** A measured value: up to 16 digits before the point and 4 after; sent and answered as a number. */
const measureSchema = z.number({ error: 'Enter a number' }).min(-1e15).max(1e15).nullish();
export const indicatorInputSchema = z.object({
  title: requiredText(300, 'Name what the indicator measures, e.g. Officials trained'),
  unit: requiredText(40, 'Enter the unit, e.g. people, %, events'),
  baselineYear: z.number().int().min(1990).max(2100).nullish(),
  baseline: measureSchema,
  target: measureSchema,
  actual: measureSchema,
});
export const indicatorSchema = z.object({
  id: z.string(),
  title: z.string(),
  unit: z.string(),
  baselineYear: z.number().int().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
});
export const reportInputSchema = z.object({
  periodStart: dateSchema,
  periodEnd: dateSchema,
  /** When the report is expected; the responsible person is reminded 7 days before and when it is overdue. */
  dueDate: dateSchema.nullish(),
  /** When it was filed; leave empty for a report still expected. */
  submittedOn: dateSchema.nullish(),
  narrative: optionalText(20000),
  percentComplete: z.number({ error: 'Enter a whole percent from 0 to 100' }).int('Enter a whole percent from 0 to 100').min(0, 'Enter a whole percent from 0 to 100').max(100, 'Enter a whole percent from 0 to 100').nullish(),
  indicators: z.array(indicatorInputSchema).max(30).default([]),
});
/** A change to a report: the fields sent; `indicators`, when sent, replaces the list. */
export const reportUpdateSchema = reportInputSchema.partial().extend({ indicators: z.array(indicatorInputSchema).max(30).optional() });
export const reportSchema = z.object({
  id: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueDate: z.string().nullable(),
  submittedOn: z.string().nullable(),
  narrative: z.string().nullable(),
  percentComplete: z.number().int().nullable(),
  indicators: z.array(indicatorSchema),
  /** Expected, not filed, and its due date has passed. */
  overdue: z.boolean(),
});
export const reportListSchema = z.object({ items: z.array(reportSchema) });

// ---------- risks ----------
const scale = (what: string) => z.number({ error: `Rate the ${what} from 1 to 5` }).int(`Rate the ${what} from 1 to 5`).min(1, `Rate the ${what} from 1 to 5`).max(5, `Rate the ${what} from 1 to 5`);
export const riskInputSchema = z.object({
  title: requiredText(300, 'Say what could go wrong'),
  likelihood: scale('likelihood'),
  impact: scale('impact'),
  mitigation: optionalText(4000),
  owner: optionalText(200),
  status: z.enum(RISK_STATUSES, { error: 'A risk is open or closed' }).default('open'),
});
export const riskUpdateSchema = riskInputSchema.partial();
export const riskSchema = z.object({
  id: z.string(),
  title: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  /** Likelihood × impact, 1–25. */
  score: z.number().int(),
  mitigation: z.string().nullable(),
  owner: z.string().nullable(),
  status: z.enum(RISK_STATUSES),
});
export const riskListSchema = z.object({ items: z.array(riskSchema) });

// ---------- funds ----------
const fundFields = accessFieldsSchema.extend({
  names: namesSchema(300),
  acronym: optionalText(40),
  currency: currencyCodeSchema,
  notes: optionalText(4000),
  ...provenanceFields,
});
export const fundInputSchema = fundFields.extend({
  classification: fundFields.shape.classification.unwrap().default('mission'),
  currency: fundFields.shape.currency.default('USD'),
});
export const fundUpdateSchema = fundFields.partial();
export const contributionInputSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  receivedOn: dateSchema.nullish(),
  amount: nonNegativeMoneySchema,
});
export const contributionSchema = z.object({ id: z.string(), year: z.number().int(), receivedOn: z.string().nullable(), amount: moneySchema });
export const fundYearSchema = z.object({ year: z.number().int(), contributions: moneySchema, committed: moneySchema, disbursed: moneySchema, balance: moneySchema });
export const fundSchema = recordMetaSchema.extend({
  names: namesOutSchema,
  acronym: z.string().nullable(),
  currency: z.string(),
  notes: z.string().nullable(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
  contributions: moneySchema,
  committed: moneySchema,
  disbursed: moneySchema,
  /** Contributions received less disbursements, across the initiatives the reader may see. */
  balance: moneySchema,
  byYear: z.array(fundYearSchema),
  contributionRows: z.array(contributionSchema),
});
export const fundListQuerySchema = listQueryBase.extend({ sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name') });
export const fundListSchema = listResponse(fundSchema);

// ---------- plans of action ----------
const planFields = accessFieldsSchema.extend({
  titleEn: requiredText(300, 'Enter the title in English'),
  titleRu: optionalText(300),
  fromYear: z.number().int().min(1990).max(2100),
  toYear: z.number().int().min(1990).max(2100),
  ...provenanceFields,
});
export const planInputSchema = planFields.extend({ classification: planFields.shape.classification.unwrap().default('mission') });
export const planUpdateSchema = planFields.partial();
export const actionLineInputSchema = z.object({
  pillar: requiredText(200, 'Name the pillar, e.g. Economic cooperation'),
  code: z.string().trim().regex(/^[0-9A-Za-z][0-9A-Za-z.]{0,19}$/, 'Use a line number such as 2.3.1'),
  title: requiredText(1000, 'Enter the action line'),
});
export const actionLineSchema = z.object({
  id: z.string(),
  planId: z.string(),
  pillar: z.string(),
  code: z.string(),
  title: z.string(),
  initiatives: z.array(z.object({ id: z.string(), reference: z.string(), title: z.string(), stage: z.enum(INITIATIVE_STAGES) })),
  /** Has an initiative in implementation or later (among those the reader may see). */
  launched: z.boolean(),
});
export const planSchema = recordMetaSchema.extend({
  titleEn: z.string(),
  titleRu: z.string().nullable(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
  lineCount: z.number().int(),
  launchedCount: z.number().int(),
  lines: z.array(actionLineSchema),
});
export const planListQuerySchema = listQueryBase.extend({ sort: z.enum(['title', '-title', 'updatedAt', '-updatedAt']).default('title') });
export const planListSchema = listResponse(planSchema);
export const actionLinksInputSchema = z.object({ actionLineIds: z.array(uuidSchema).max(50) });
