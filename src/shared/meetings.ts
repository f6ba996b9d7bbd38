// The API contract of the meetings module, with its enums defined once.
import { z } from 'zod';
import { namesOutSchema, namesSchema } from './names.ts';
import {
  webUrlSchema,
  optionalText,
  requiredText,
  accessFieldsSchema,
  dateSchema,
  listQueryBase,
  listResponse,
  partyCodeSchema,
  provenanceSchema,
  recordMetaSchema,
  uuidSchema,
} from './common.ts';

/**
 * The API contract of the meetings module: bodies (committees and sectoral
 * mechanisms), their coordinators and work plans, meetings with agenda,
 * attendance, minutes, decisions and action items.
 */
export const BODY_KINDS = ['summit', 'ministerial', 'senior_officials', 'joint_committee', 'planning_committee', 'working_group', 'sectoral_dialogue', 'other'] as const;
export const MEETING_STATUSES = ['planned', 'convened', 'concluded', 'record_approved', 'cancelled'] as const;
export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const COORDINATOR_ROLES = ['coordinator', 'co_chair', 'chair'] as const;
export const WORK_PLAN_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
/** What is stored for a participant; `not_recorded` (in forms and answers only) is the absence of a row. */
export const RECORDED_ATTENDANCE_STATUSES = ['present', 'absent', 'apologies'] as const;
export const ATTENDANCE_STATUSES = [...RECORDED_ATTENDANCE_STATUSES, 'not_recorded'] as const;
export const DECISION_STATUSES = ['in_force', 'superseded'] as const;
export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
/** `irregular`: no cadence; `scheduled`: a planned meeting is coming up. */
export const HEALTH_STATES = ['irregular', 'ok', 'due_soon', 'overdue', 'scheduled'] as const;
export const EXPORT_LANGUAGES = ['en', 'ru'] as const;

const provenanceFields = {
  provenance: provenanceSchema.nullish(),
  sourceUrl: webUrlSchema,
};
const instant = z.iso.datetime({ offset: true, error: 'Give an instant with its offset, e.g. 2026-03-18T09:30:00+07:00' });
const outInstant = z.iso.datetime({ offset: true });
/** A link from a record to another record it concerns (an initiative, a consultation, a document, a meeting). */
export const recordLinkSchema = z.object({
  recordType: z.string().trim().regex(/^[a-z][a-z_]{1,39}$/, 'Use a record type such as initiative or document'),
  recordId: uuidSchema,
});
const links = z.array(recordLinkSchema).max(50);
const refSchema = z.object({ id: z.string(), names: namesOutSchema, acronym: z.string().nullable() });
const personRef = z.object({ id: z.string(), fullName: z.string() });
const meetingRef = z.object({ id: z.string(), title: z.string(), number: z.number().int().nullable(), startsAt: outInstant, timeZone: z.string(), status: z.enum(MEETING_STATUSES) });

// ---------- bodies ----------
const bodyFields = accessFieldsSchema.extend({
  names: namesSchema(300),
  acronym: optionalText(40),
  kind: z.enum(BODY_KINDS, { error: 'Choose the kind of body' }),
  sectors: z.array(z.string().trim().regex(/^[a-z][a-z0-9_-]{1,39}$/, 'Use a sector key such as energy or ict')).max(20),
  dacCodes: z.array(z.string().regex(/^\d{5}$/, 'Use a five-digit OECD DAC code, e.g. 23110')).max(30),
  parentId: uuidSchema.nullish(),
  memberParties: z.array(partyCodeSchema).max(60),
  cadenceMonths: z.number().int().min(1, 'At least one month').max(120, 'At most 120 months').nullish(),
  dueSoonDays: z.number().int().min(0).max(365),
  rotationOrder: z.array(partyCodeSchema).max(60),
  responsibleUserIds: z.array(uuidSchema).max(20),
  decisionPrefix: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9-]{0,19}$/, 'Use letters, digits and hyphens, e.g. JCC').nullish(),
  notes: optionalText(4000),
  ...provenanceFields,
});
/** Defaults apply when creating only: a partial update changes just the fields sent. */
export const bodyInputSchema = bodyFields.extend({
  classification: bodyFields.shape.classification.unwrap().default('mission'),
  sectors: bodyFields.shape.sectors.default([]),
  dacCodes: bodyFields.shape.dacCodes.default([]),
  memberParties: bodyFields.shape.memberParties.default([]),
  dueSoonDays: bodyFields.shape.dueSoonDays.default(60),
  rotationOrder: bodyFields.shape.rotationOrder.default([]),
  responsibleUserIds: bodyFields.shape.responsibleUserIds.default([]),
});
export const bodyUpdateSchema = bodyFields.partial();

export const bodyHealthSchema = z.object({
  state: z.enum(HEALTH_STATES),
  lastMeetingId: z.string().nullable(),
  lastMeetingAt: outInstant.nullable(),
  /** The date (in the zone of the body's meetings) by which it should meet again. */
  nextDueOn: z.iso.date().nullable(),
  scheduledMeetingId: z.string().nullable(),
  scheduledMeetingAt: outInstant.nullable(),
  timeZone: z.string(),
});
export type BodyHealth = z.infer<typeof bodyHealthSchema>;

export const coordinatorSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  partyCode: z.string(),
  role: z.enum(COORDINATOR_ROLES),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
});
export const coordinatorInputSchema = z.object({
  partyCode: partyCodeSchema,
  role: z.enum(COORDINATOR_ROLES).default('coordinator'),
  fromDate: dateSchema,
  toDate: dateSchema.nullish(),
  ...provenanceFields,
});
export const coordinatorUpdateSchema = z.object({
  partyCode: partyCodeSchema,
  role: z.enum(COORDINATOR_ROLES),
  fromDate: dateSchema,
  toDate: dateSchema.nullish(),
  ...provenanceFields,
}).partial();
export const coordinatorListSchema = z.object({
  items: z.array(coordinatorSchema),
  current: coordinatorSchema.nullable(),
  /** The party after the current (or latest) coordinator in the body's rotation order. */
  nextPartyCode: z.string().nullable(),
});

export const bodySchema = recordMetaSchema.extend({
  names: namesOutSchema,
  acronym: z.string().nullable(),
  kind: z.enum(BODY_KINDS),
  sectors: z.array(z.string()),
  dacCodes: z.array(z.string()),
  parentId: z.string().nullable(),
  /** The parent, when the current user may see it. */
  parent: refSchema.nullable(),
  memberParties: z.array(z.string()),
  cadenceMonths: z.number().int().nullable(),
  dueSoonDays: z.number().int(),
  rotationOrder: z.array(z.string()),
  responsibleUserIds: z.array(z.string()),
  decisionPrefix: z.string().nullable(),
  notes: z.string().nullable(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
  health: bodyHealthSchema,
  currentCoordinator: coordinatorSchema.nullable(),
  nextCoordinatorPartyCode: z.string().nullable(),
});
export type Body = z.infer<typeof bodySchema>;
export const bodyListQuerySchema = listQueryBase.extend({
  kind: z.enum(BODY_KINDS).optional(),
  sector: z.string().max(40).optional(),
  parentId: uuidSchema.optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});
export const bodyListSchema = listResponse(bodySchema);
export const bodyHealthListSchema = listResponse(bodySchema);

// ---------- work plan ----------
const workPlanFields = z.object({
  code: requiredText(40, 'Enter the line’s code, e.g. CPA21-PS-1.3'),
  title: requiredText(1000, 'Enter what the line is about'),
  ownerPartyCode: partyCodeSchema.nullish(),
  targetDate: dateSchema.nullish(),
  status: z.enum(WORK_PLAN_STATUSES),
  progress: z.number().int().min(0, 'Progress is 0–100').max(100, 'Progress is 0–100'),
  links,
});
export const workPlanLineInputSchema = workPlanFields.extend({
  status: workPlanFields.shape.status.default('planned'),
  progress: workPlanFields.shape.progress.default(0),
  links: links.default([]),
});
export const workPlanLineUpdateSchema = workPlanFields.partial();
export const workPlanLineSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  code: z.string(),
  title: z.string(),
  ownerPartyCode: z.string().nullable(),
  targetDate: z.string().nullable(),
  status: z.enum(WORK_PLAN_STATUSES),
  progress: z.number().int(),
  links: z.array(recordLinkSchema),
  createdAt: outInstant,
  updatedAt: outInstant,
});
export const workPlanListSchema = listResponse(workPlanLineSchema);

// ---------- meetings ----------
const meetingFields = accessFieldsSchema.extend({
  bodyId: uuidSchema,
  number: z.number().int().min(1).max(100_000).nullish(),
  title: requiredText(300, 'Enter the title, e.g. 23rd ASEAN–Russia Joint Cooperation Committee'),
  titleRu: optionalText(300),
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string().trim().min(1).max(64),
  venue: optionalText(500),
  onlineUrl: webUrlSchema,
  format: z.enum(MEETING_FORMATS),
  ...provenanceFields,
});
export const meetingInputSchema = meetingFields.extend({
  classification: meetingFields.shape.classification.unwrap().default('mission'),
  timeZone: meetingFields.shape.timeZone.default('Asia/Jakarta'),
  format: meetingFields.shape.format.default('in_person'),
});
export const meetingUpdateSchema = meetingFields.omit({ bodyId: true }).partial();
export const meetingStatusChangeSchema = z.object({ status: z.enum(MEETING_STATUSES) });
export const meetingSchema = recordMetaSchema.extend({
  bodyId: z.string().nullable(),
  body: refSchema.nullable(),
  number: z.number().int().nullable(),
  title: z.string(),
  titleRu: z.string().nullable(),
  startsAt: outInstant,
  endsAt: outInstant,
  timeZone: z.string(),
  venue: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  format: z.enum(MEETING_FORMATS),
  status: z.enum(MEETING_STATUSES),
  /** Statuses this meeting can move to next, for the current user. */
  nextStatuses: z.array(z.enum(MEETING_STATUSES)),
  approvedAt: outInstant.nullable(),
  approvedBy: z.string().nullable(),
  /** The record is approved: only a minutes corrigendum can change it. */
  locked: z.boolean(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingListQuerySchema = listQueryBase.extend({
  bodyId: uuidSchema.optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  from: instant.optional(),
  to: instant.optional(),
  sort: z.enum(['startsAt', '-startsAt']).default('-startsAt'),
});
export const meetingListSchema = listResponse(meetingSchema);

// ---------- agenda and minutes ----------
const agendaFields = z.object({
  title: requiredText(500, 'Enter the agenda item'),
  presenterPartyCode: partyCodeSchema.nullish(),
  presenterPersonId: uuidSchema.nullish(),
  durationMinutes: z.number().int().min(1).max(24 * 60).nullish(),
  links,
});
export const agendaItemInputSchema = agendaFields.extend({ links: links.default([]) });
export const agendaItemUpdateSchema = agendaFields.partial();
export const agendaOrderSchema = z.object({ ids: z.array(uuidSchema).max(500) });
export const agendaItemSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  title: z.string(),
  presenterPartyCode: z.string().nullable(),
  presenterPersonId: z.string().nullable(),
  presenter: personRef.nullable(),
  durationMinutes: z.number().int().nullable(),
  links: z.array(recordLinkSchema),
  carriedActionItemId: z.string().nullable(),
  carriedDecisionId: z.string().nullable(),
  /** Sanitised rich text (HTML). */
  minutes: z.string(),
  minutesVersion: z.number().int(),
  updatedAt: outInstant,
});
export const agendaListSchema = listResponse(agendaItemSchema);
export const mattersArisingCarrySchema = z.object({
  actionItemIds: z.array(uuidSchema).max(200).default([]),
  decisionIds: z.array(uuidSchema).max(200).default([]),
});
export const minutesInputSchema = z.object({
  content: z.string().max(200_000, 'Minutes of one item are limited to 200,000 characters'),
  /** The minutesVersion the edit was made on: a stale one is refused (409). */
  baseVersion: z.number().int().min(0),
});
export const corrigendumInputSchema = minutesInputSchema.extend({
  reason: requiredText(2000, 'Say why the approved record is corrected'),
});
export const minutesSchema = z.object({
  agendaItemId: z.string(),
  meetingId: z.string(),
  content: z.string(),
  version: z.number().int(),
  updatedAt: outInstant,
});
export const minuteRevisionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  content: z.string(),
  changedBy: z.string().nullable(),
  changedByLabel: z.string(),
  changedAt: outInstant,
  corrigendum: z.boolean(),
  reason: z.string().nullable(),
});
export const minuteRevisionListSchema = listResponse(minuteRevisionSchema);

// ---------- attendance ----------
const attendanceRow = {
  status: z.enum(ATTENDANCE_STATUSES),
  headPersonId: uuidSchema.nullish(),
  memberPersonIds: z.array(uuidSchema).max(100).default([]),
  note: optionalText(1000),
};
export const attendanceInputSchema = z.object({
  /** Member parties of the body only; observers are recorded under `others`. */
  parties: z.array(z.object({ partyCode: partyCodeSchema, ...attendanceRow })).max(100).default([]),
  others: z.array(z.object({ organizationId: uuidSchema, ...attendanceRow })).max(100).default([]),
});
const attendanceOut = {
  status: z.enum(ATTENDANCE_STATUSES),
  headPersonId: z.string().nullable(),
  head: personRef.nullable(),
  memberPersonIds: z.array(z.string()),
  members: z.array(personRef),
  note: z.string().nullable(),
};
export const attendanceSchema = z.object({
  parties: z.array(z.object({ partyCode: z.string(), partyName: z.string().nullable(), member: z.boolean(), ...attendanceOut })),
  others: z.array(z.object({ organizationId: z.string(), organization: refSchema.nullable(), ...attendanceOut })),
});

// ---------- decisions ----------
export const decisionInputSchema = z.object({
  text: requiredText(20_000, 'Enter the text of the decision'),
  agendaItemId: uuidSchema.nullish(),
  links: links.default([]),
  /** An in-force decision of the same body that this one replaces. */
  supersedesId: uuidSchema.nullish(),
});
export const decisionUpdateSchema = z.object({ text: requiredText(20_000, 'Enter the text of the decision'), agendaItemId: uuidSchema.nullish(), links }).partial();
/**
 * A text adopted outside a meeting (by silence procedure or consensus on a
 * consultation), recorded in the body's register: the facts, worded in each
 * reader's language as the decision's text. Party names are kept as they
 * were at adoption, in both languages.
 */
export const adoptionFactsSchema = z.object({
  how: z.enum(['silence', 'consensus']),
  at: outInstant,
  zone: z.string(),
  title: z.string(),
  titleRu: z.string().nullable(),
  reference: z.string().nullable(),
  reservations: z.array(
    z.object({ party: z.string(), partyName: z.string(), partyNameRu: z.string().nullable(), reservationKind: z.enum(['general', 'scrutiny']).nullable(), text: z.string().nullable() }),
  ),
});
export type AdoptionFacts = z.infer<typeof adoptionFactsSchema>;
export const decisionSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  meeting: meetingRef,
  /** Null when the user may not see the body. */
  bodyId: z.string().nullable(),
  agendaItemId: z.string().nullable(),
  seq: z.number().int(),
  code: z.string(),
  text: z.string(),
  status: z.enum(DECISION_STATUSES),
  supersededById: z.string().nullable(),
  links: z.array(recordLinkSchema),
  source: recordLinkSchema.nullable(),
  /** For a text adopted outside the meeting, its facts (`text` is their wording in the reader's language). */
  adoption: adoptionFactsSchema.nullable(),
  createdAt: outInstant,
  updatedAt: outInstant,
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionListQuerySchema = listQueryBase.omit({ archived: true }).extend({
  bodyId: uuidSchema.optional(),
  meetingId: uuidSchema.optional(),
  status: z.enum(DECISION_STATUSES).optional(),
  code: z.string().trim().max(60).optional(),
  sort: z.enum(['createdAt', '-createdAt', 'code', '-code']).default('-createdAt'),
});
export const decisionListSchema = listResponse(decisionSchema);

// ---------- action items ----------
const actionFields = z.object({
  title: requiredText(2000, 'Say what is to be done'),
  ownerPartyCode: partyCodeSchema.nullish(),
  ownerOrganizationId: uuidSchema.nullish(),
  ownerPersonId: uuidSchema.nullish(),
  /** A mission user answerable for it; reminders go to them. */
  ownerUserId: uuidSchema.nullish(),
  dueDate: dateSchema.nullish(),
  status: z.enum(ACTION_ITEM_STATUSES),
  decisionId: uuidSchema.nullish(),
});
export const actionItemInputSchema = actionFields.extend({ status: actionFields.shape.status.default('open') });
export const actionItemUpdateSchema = actionFields.partial();
export const actionItemSchema = z.object({
  id: z.string(),
  /** Null for a follow-up of another record (an engagement): see `subjectType` / `subjectId`. */
  meetingId: z.string().nullable(),
  meeting: meetingRef.nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  bodyId: z.string().nullable(),
  decisionId: z.string().nullable(),
  decisionCode: z.string().nullable(),
  title: z.string(),
  ownerPartyCode: z.string().nullable(),
  ownerOrganizationId: z.string().nullable(),
  ownerOrganization: refSchema.nullable(),
  ownerPersonId: z.string().nullable(),
  ownerPerson: personRef.nullable(),
  ownerUserId: z.string().nullable(),
  ownerUserName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  /** Open and past its due date (in Jakarta). */
  overdue: z.boolean(),
  completedAt: outInstant.nullable(),
  createdAt: outInstant,
  updatedAt: outInstant,
});
export type ActionItem = z.infer<typeof actionItemSchema>;
export const actionItemListQuerySchema = listQueryBase.omit({ archived: true }).extend({
  /** Items owned by my party (delegates), my organisation (liaison officers) or me (mission staff). */
  mine: z.stringbool().optional(),
  bodyId: uuidSchema.optional(),
  meetingId: uuidSchema.optional(),
  status: z.enum(ACTION_ITEM_STATUSES).optional(),
  overdue: z.stringbool().optional(),
  sort: z.enum(['dueDate', '-dueDate', 'createdAt', '-createdAt']).default('dueDate'),
});
export const actionItemListSchema = listResponse(actionItemSchema);
export const mattersArisingSchema = z.object({ actionItems: z.array(actionItemSchema), decisions: z.array(decisionSchema) });

export const exportQuerySchema = z.object({ lang: z.enum(EXPORT_LANGUAGES).default('en') });
