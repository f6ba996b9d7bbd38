// The API contract of the liaison module: agreements between organisations, focal points, liaison requests and their steps, the relationship graph; enums defined once.
import { z } from 'zod';
import { dateSchema, listQueryBase, listResponse, optionalText, provenanceSchema, recordMetaSchema, requiredText, uuidSchema, webUrlSchema } from './common.ts';
import { namesOutSchema, namesSchema } from './names.ts';

// ---------- liaison requests ----------

/** draft → sent → acknowledged → meeting_scheduled → done; or declined / lapsed on the way. */
export const LIAISON_STATUSES = ['draft', 'sent', 'acknowledged', 'meeting_scheduled', 'done', 'declined', 'lapsed'] as const;
export type LiaisonStatus = (typeof LIAISON_STATUSES)[number];
export const LIAISON_FLOW: readonly LiaisonStatus[] = ['draft', 'sent', 'acknowledged', 'meeting_scheduled', 'done'];
export const FINAL_LIAISON_STATUSES: readonly LiaisonStatus[] = ['done', 'declined', 'lapsed'];
export const LIAISON_CHANNELS = ['note_verbale', 'letter', 'email', 'meeting'] as const;
/** How a liaison request may be classified: shared with its two organisations, or kept by the mission. */
export const LIAISON_CLASSIFICATIONS = ['shared', 'mission', 'restricted'] as const;

/** The statuses a request may move forward to from `from` (never back). */
export function forwardStatuses(from: LiaisonStatus): LiaisonStatus[] {
  if (FINAL_LIAISON_STATUSES.includes(from)) return [];
  const i = LIAISON_FLOW.indexOf(from);
  const next = LIAISON_FLOW.slice(i + 1);
  return from === 'draft' ? ['sent'] : [...next, 'declined', 'lapsed'];
}

const liaisonFields = z.object({
  requestingOrganizationId: uuidSchema,
  targetOrganizationId: uuidSchema,
  agreementId: uuidSchema.nullish(),
  area: optionalText(120),
  subject: requiredText(500, 'Enter the subject of the request'),
  requestedByPersonId: uuidSchema.nullish(),
  channel: z.enum(LIAISON_CHANNELS, { error: 'Choose a channel: note verbale, letter, e-mail or meeting' }),
  targetDate: dateSchema.nullish(),
  outcome: optionalText(4000),
  /** The mission's own notes: never shown to liaison officers. */
  internalNotes: optionalText(4000),
  responsibleUserId: uuidSchema.nullish(),
  classification: z.enum(LIAISON_CLASSIFICATIONS, { error: 'A liaison request is shared with its organisations, mission-only or restricted' }).optional(),
  restrictedTo: z.array(uuidSchema).max(50).optional(),
  provenance: provenanceSchema.optional(),
  sourceUrl: webUrlSchema,
});
export const liaisonRequestInputSchema = liaisonFields.extend({ classification: liaisonFields.shape.classification.unwrap().default('shared') });
export const liaisonRequestUpdateSchema = liaisonFields.partial();

const refSchema = z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable() });
export const liaisonStepSchema = z.object({
  id: z.string(),
  on: z.string(),
  action: z.string(),
  fromStatus: z.enum(LIAISON_STATUSES).nullable(),
  toStatus: z.enum(LIAISON_STATUSES).nullable(),
  byName: z.string().nullable(),
  byOrganization: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
});
export const liaisonRequestSchema = recordMetaSchema.extend({
  reference: z.string(),
  subject: z.string(),
  area: z.string().nullable(),
  channel: z.enum(LIAISON_CHANNELS),
  status: z.enum(LIAISON_STATUSES),
  statusChangedAt: z.iso.datetime({ offset: true }),
  targetDate: z.string().nullable(),
  overdue: z.boolean(),
  outcome: z.string().nullable(),
  /** Null for whoever may not read the mission's notes. */
  internalNotes: z.string().nullable(),
  requestingOrganizationId: z.string(),
  requestingOrganization: refSchema.nullable(),
  targetOrganizationId: z.string(),
  targetOrganization: refSchema.nullable(),
  agreementId: z.string().nullable(),
  agreement: refSchema.nullable(),
  requestedByPersonId: z.string().nullable(),
  requestedBy: refSchema.nullable(),
  responsibleUserId: z.string().nullable(),
  provenance: provenanceSchema,
  sourceUrl: z.string().nullable(),
  nextStatuses: z.array(z.enum(LIAISON_STATUSES)),
  /** May the reader add a step / move the status (liaison officers of its organisations too)? */
  canStep: z.boolean(),
});
export type LiaisonRequest = z.infer<typeof liaisonRequestSchema>;
export const liaisonRequestListQuerySchema = listQueryBase.extend({
  sort: z.enum(['reference', 'targetDate', 'updatedAt']).default('reference'),
  status: z.enum(LIAISON_STATUSES).optional(),
  organizationId: uuidSchema.optional(),
  agreementId: uuidSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export const liaisonRequestListSchema = listResponse(liaisonRequestSchema);
export const stepInputSchema = z.object({
  on: dateSchema,
  action: requiredText(2000, 'Say what was done'),
  /** Move the request forward with this step. */
  status: z.enum(LIAISON_STATUSES, { error: 'Choose a status' }).nullish(),
});
export const stepListSchema = z.object({ items: z.array(liaisonStepSchema) });

// ---------- agreements ----------

export const AGREEMENT_KINDS = ['mou', 'cooperation_programme', 'exchange_of_letters', 'other'] as const;
export const AGREEMENT_STATUSES = ['under_negotiation', 'in_force', 'expired', 'terminated'] as const;
export const VALIDITY_KINDS = ['fixed_term', 'until_terminated', 'automatic_renewal'] as const;

const signatorySchema = z.object({ personId: uuidSchema.nullish(), name: requiredText(200, 'Enter the signatory’s name'), post: optionalText(300) });
const agreementFields = z.object({
  names: namesSchema(500, 'Enter the title in English'),
  kind: z.enum(AGREEMENT_KINDS, { error: 'Choose a kind of agreement' }),
  partyOrganizationIds: z.array(uuidSchema).min(2, 'An agreement has at least two parties').max(20),
  signatories: z.array(signatorySchema).max(20),
  signedOn: dateSchema.nullish(),
  signedAt: optionalText(200),
  areas: z.array(z.string().trim().min(1).max(80)).max(30),
  summary: optionalText(8000),
  validity: z.enum(VALIDITY_KINDS, { error: 'Choose fixed term, until terminated or automatic renewal' }),
  entryIntoForce: dateSchema.nullish(),
  expiresOn: dateSchema.nullish(),
  renewalYears: z.number().int().min(1).max(50).nullish(),
  noticeDays: z.number().int().min(0).max(3650).nullish(),
  status: z.enum(AGREEMENT_STATUSES, { error: 'Choose a status' }),
  predecessorId: uuidSchema.nullish(),
  responsibleUserId: uuidSchema.nullish(),
  classification: z.enum(['public', 'mission', 'shared', 'restricted']).optional(),
  sharedWith: z.object({ parties: z.array(z.string()).max(50).default([]), organizations: z.array(uuidSchema).max(50).default([]) }).optional(),
  restrictedTo: z.array(uuidSchema).max(50).optional(),
  provenance: provenanceSchema.optional(),
  sourceUrl: webUrlSchema,
});
export const agreementInputSchema = agreementFields.extend({
  classification: agreementFields.shape.classification.unwrap().default('mission'),
  signatories: agreementFields.shape.signatories.default([]),
  areas: agreementFields.shape.areas.default([]),
});
export const agreementUpdateSchema = agreementFields.partial();
export const agreementSchema = recordMetaSchema.extend({
  names: namesOutSchema,
  kind: z.enum(AGREEMENT_KINDS),
  partyOrganizationIds: z.array(z.string()),
  parties: z.array(refSchema),
  signatories: z.array(z.object({ personId: z.string().nullable().optional(), name: z.string(), post: z.string().nullable().optional() })),
  signedOn: z.string().nullable(),
  signedAt: z.string().nullable(),
  areas: z.array(z.string()),
  summary: z.string().nullable(),
  validity: z.enum(VALIDITY_KINDS),
  entryIntoForce: z.string().nullable(),
  expiresOn: z.string().nullable(),
  renewalYears: z.number().nullable(),
  noticeDays: z.number().nullable(),
  /** The last day notice of termination or non-renewal may be given. */
  noticeDeadline: z.string().nullable(),
  status: z.enum(AGREEMENT_STATUSES),
  predecessorId: z.string().nullable(),
  predecessor: refSchema.nullable(),
  successors: z.array(refSchema),
  responsibleUserId: z.string().nullable(),
  provenance: provenanceSchema,
  sourceUrl: z.string().nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;
export const agreementListQuerySchema = listQueryBase.extend({
  sort: z.enum(['name', 'signedOn', 'updatedAt']).default('signedOn'),
  status: z.enum(AGREEMENT_STATUSES).optional(),
  organizationId: uuidSchema.optional(),
  area: z.string().max(80).optional(),
});
export const agreementListSchema = listResponse(agreementSchema);

// ---------- focal points ----------

const focalFields = z.object({
  organizationId: uuidSchema,
  area: requiredText(120, 'Enter the area, e.g. counter-narcotics'),
  personId: uuidSchema,
  fromDate: dateSchema.nullish(),
  toDate: dateSchema.nullish(),
  notes: optionalText(2000),
  classification: z.enum(['public', 'mission', 'shared', 'restricted']).optional(),
  sharedWith: z.object({ parties: z.array(z.string()).max(50).default([]), organizations: z.array(uuidSchema).max(50).default([]) }).optional(),
  restrictedTo: z.array(uuidSchema).max(50).optional(),
});
export const focalPointInputSchema = focalFields.extend({ classification: focalFields.shape.classification.unwrap().default('mission') });
export const focalPointUpdateSchema = focalFields.partial();
export const focalPointSchema = recordMetaSchema.extend({
  organizationId: z.string(),
  organization: refSchema.nullable(),
  area: z.string(),
  personId: z.string(),
  person: refSchema.nullable(),
  /** The person's post at the organisation today, if any. */
  post: z.string().nullable(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  notes: z.string().nullable(),
  /** The focal point's term ended, or the person no longer holds a post at the organisation. */
  vacant: z.boolean(),
});
export type FocalPoint = z.infer<typeof focalPointSchema>;
export const focalPointListQuerySchema = listQueryBase.extend({
  sort: z.enum(['area', 'updatedAt']).default('area'),
  organizationId: uuidSchema.optional(),
  area: z.string().max(120).optional(),
  current: z.enum(['true', 'false']).optional(),
});
export const focalPointListSchema = listResponse(focalPointSchema);
export const focalLookupQuerySchema = z.object({ organizationId: uuidSchema, area: z.string().trim().min(1, 'Say which area').max(120) });
export const focalLookupSchema = z.object({ items: z.array(focalPointSchema) });

// ---------- the relationship graph ----------

export const graphQuerySchema = z.object({
  area: z.string().max(80).optional(),
  status: z.string().max(40).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});
export const graphSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable(), activity: z.number().int() })),
  edges: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['agreement', 'liaison_request', 'focal_point']),
      source: z.string(),
      target: z.string(),
      label: z.string(),
      status: z.string().nullable(),
      areas: z.array(z.string()),
      year: z.number().int().nullable(),
      path: z.string(),
    }),
  ),
});
export type RelationshipGraph = z.infer<typeof graphSchema>;
