// The API contract of the correspondence module: the register of notes verbales and letters in and out, their status flows, dispatch, threads and templates.
import { z } from 'zod';
import { accessFieldsSchema, dateSchema, listQueryBase, listResponse, optionalText, partyCodeSchema, provenanceSchema, recordMetaSchema, requiredText, uuidSchema } from './common.ts';

export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const CORRESPONDENCE_KINDS = ['note_verbale', 'letter', 'aide_memoire', 'non_paper', 'email_of_record'] as const;
export type CorrespondenceKind = (typeof CORRESPONDENCE_KINDS)[number];
export const OUTGOING_STATUSES = ['draft', 'approved', 'dispatched', 'acknowledged'] as const;
export const INCOMING_STATUSES = ['registered', 'assigned', 'answered', 'filed'] as const;
/** Every status, and `cancelled` for an item registered in error (its number stays in the register as cancelled). */
export const CORRESPONDENCE_STATUSES = [...OUTGOING_STATUSES, ...INCOMING_STATUSES, 'cancelled'] as const;
export type CorrespondenceStatus = (typeof CORRESPONDENCE_STATUSES)[number];
export const DISPATCH_MODES = ['email', 'hand', 'courier'] as const;
export const TEMPLATE_LANGUAGES = ['en', 'ru'] as const;
export const TEMPLATE_KINDS = ['note_verbale', 'letter'] as const;
/** The series correspondence is numbered in: the mission's outgoing register and the register of what it receives. */
export const CORRESPONDENCE_SERIES = ['outgoing', 'incoming'] as const;

/** The moves each status allows, by the act that makes them (approval is the head's). */
export const STATUS_MOVES: Record<CorrespondenceStatus, readonly CorrespondenceStatus[]> = {
  draft: ['approved', 'cancelled'],
  approved: ['dispatched', 'draft', 'cancelled'],
  dispatched: ['acknowledged'],
  acknowledged: [],
  registered: ['assigned', 'answered', 'filed', 'cancelled'],
  assigned: ['answered', 'filed', 'assigned', 'cancelled'],
  answered: [],
  filed: [],
  cancelled: [],
};

const outInstant = z.iso.datetime({ offset: true });

/** One addressee (a circular note has many): an organisation from the directory, optionally a person there, the party it speaks for and where e-mail goes. */
export const addresseeInputSchema = z.object({
  organizationId: uuidSchema,
  personId: uuidSchema.nullish(),
  /** The party the addressee speaks for (a member state's mission), which a delegate of it may then see the item by. */
  partyCode: partyCodeSchema.nullish(),
  email: z.email('Enter an e-mail address such as registry@asean.example').max(320).nullish(),
  /** The addressee's full title as the note names it (in Russian, in the dative the formula needs); by default made from the directory's name. */
  title: optionalText(300),
});

const correspondenceFields = accessFieldsSchema.extend({
  kind: z.enum(CORRESPONDENCE_KINDS, { error: 'Choose a kind: note verbale, letter, aide-mémoire, non-paper or e-mail of record' }),
  date: dateSchema,
  senderOrganizationId: uuidSchema.nullish(),
  senderPersonId: uuidSchema.nullish(),
  senderPartyCode: partyCodeSchema.nullish(),
  /** The sender's own reference on an incoming item (their register number). */
  theirReference: optionalText(100),
  addressees: z.array(addresseeInputSchema).max(60, 'A circular note goes to at most 60 addressees'),
  subject: requiredText(500, 'Enter the subject'),
  language: z.enum(TEMPLATE_LANGUAGES, { error: 'Choose English or Russian' }),
  /** The text of the note (rich text, sanitised HTML). */
  body: optionalText(60_000),
  dueDate: dateSchema.nullish(),
  assigneeUserId: uuidSchema.nullish(),
  /** For a note drafted from a template: the template it follows. */
  templateId: uuidSchema.nullish(),
  /** Records the item concerns: consultations, meetings, initiatives, engagements. */
  links: z.array(z.object({ recordType: z.string().regex(/^[a-z][a-z_]{1,39}$/), recordId: uuidSchema })).max(20),
  provenance: provenanceSchema.nullish(),
});

export const correspondenceInputSchema = correspondenceFields.extend({
  direction: z.enum(DIRECTIONS, { error: 'Choose outgoing or incoming' }),
  classification: correspondenceFields.shape.classification.unwrap().default('mission'),
  addressees: correspondenceFields.shape.addressees.default([]),
  links: correspondenceFields.shape.links.default([]),
  /** For a reply: the item it answers. */
  inReplyToId: uuidSchema.nullish(),
  /** For an incoming scan already uploaded as a document: its id. */
  scanDocumentId: uuidSchema.nullish(),
});
export const correspondenceUpdateSchema = correspondenceFields.partial();

export const addresseeSchema = z.object({
  organizationId: z.string(),
  organization: z.string().nullable(),
  organizationRu: z.string().nullable(),
  personId: z.string().nullable(),
  person: z.string().nullable(),
  partyCode: z.string().nullable(),
  email: z.string().nullable(),
  title: z.string().nullable(),
});

export const dispatchSchema = z.object({
  id: z.string(),
  mode: z.enum(DISPATCH_MODES),
  organizationId: z.string().nullable(),
  organization: z.string().nullable(),
  toAddress: z.string().nullable(),
  outboxId: z.string().nullable(),
  note: z.string().nullable(),
  at: outInstant,
  byName: z.string().nullable(),
});

const threadRefSchema = z.object({ id: z.string(), registerNumber: z.string(), subject: z.string(), direction: z.enum(DIRECTIONS), date: z.string(), status: z.enum(CORRESPONDENCE_STATUSES) });

export const correspondenceSchema = recordMetaSchema.extend({
  direction: z.enum(DIRECTIONS),
  kind: z.enum(CORRESPONDENCE_KINDS),
  seriesKey: z.string(),
  registerNumber: z.string(),
  date: z.string(),
  senderOrganizationId: z.string().nullable(),
  senderOrganization: z.string().nullable(),
  senderPersonId: z.string().nullable(),
  senderPerson: z.string().nullable(),
  senderPartyCode: z.string().nullable(),
  theirReference: z.string().nullable(),
  addressees: z.array(addresseeSchema),
  subject: z.string(),
  language: z.enum(TEMPLATE_LANGUAGES),
  body: z.string().nullable(),
  status: z.enum(CORRESPONDENCE_STATUSES),
  /** The statuses the item may move to now (whether the reader may make the move is checked when moving). */
  nextStatuses: z.array(z.enum(CORRESPONDENCE_STATUSES)),
  dueDate: z.string().nullable(),
  /** A reply is due and the due date has passed. */
  overdue: z.boolean(),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  approvedAt: outInstant.nullable(),
  approvedByName: z.string().nullable(),
  templateId: z.string().nullable(),
  inReplyTo: threadRefSchema.nullable(),
  scanDocumentId: z.string().nullable(),
  pdfDocumentId: z.string().nullable(),
  cancelReason: z.string().nullable(),
  links: z.array(z.object({ recordType: z.string(), recordId: z.string(), title: z.string(), path: z.string() })),
  provenance: provenanceSchema.nullable(),
});
export type Correspondence = z.infer<typeof correspondenceSchema>;

export const CORRESPONDENCE_SORTS = ['-date', 'date', 'registerNumber', '-registerNumber', 'dueDate', '-updatedAt'] as const;
export const correspondenceListQuerySchema = listQueryBase.extend({
  sort: z.enum(CORRESPONDENCE_SORTS).default('-date'),
  direction: z.enum(DIRECTIONS).optional(),
  kind: z.enum(CORRESPONDENCE_KINDS).optional(),
  status: z.enum(CORRESPONDENCE_STATUSES).optional(),
  /** Items addressed to, or sent by, this party. */
  party: partyCodeSchema.optional(),
  organizationId: uuidSchema.optional(),
  assigneeUserId: uuidSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});
export const correspondenceListSchema = listResponse(correspondenceSchema);

export const threadSchema = z.object({ items: z.array(threadRefSchema.extend({ inReplyToId: z.string().nullable() })) });

/** A move along the status flow. `approved` is the head's; `assigned` names the assignee; `cancelled` gives the reason. */
export const statusMoveSchema = z.object({
  status: z.enum(CORRESPONDENCE_STATUSES, { error: 'Choose a status' }),
  assigneeUserId: uuidSchema.nullish(),
  reason: optionalText(1000),
});

export const dispatchInputSchema = z.object({
  mode: z.enum(DISPATCH_MODES, { error: 'Choose e-mail, by hand or courier' }),
  /** For delivery by hand or courier: who received it, the courier's reference. */
  note: optionalText(1000),
});

export const replyInputSchema = z.object({
  /** An incoming reply, registered in the same step; or an outgoing draft answering an incoming item. */
  direction: z.enum(DIRECTIONS),
  kind: z.enum(CORRESPONDENCE_KINDS).default('note_verbale'),
  date: dateSchema,
  subject: requiredText(500, 'Enter the subject'),
  language: z.enum(TEMPLATE_LANGUAGES).default('en'),
  body: optionalText(60_000),
  theirReference: optionalText(100),
  scanDocumentId: uuidSchema.nullish(),
  templateId: uuidSchema.nullish(),
  provenance: provenanceSchema.nullish(),
});

export const versionSchema = z.object({
  language: z.enum(TEMPLATE_LANGUAGES),
  format: z.enum(['pdf', 'docx']),
  path: z.string(),
});
export const versionsSchema = z.object({ items: z.array(versionSchema) });

export const seriesSchema = z.object({ key: z.string(), format: z.string(), perYear: z.boolean(), timeZone: z.string() });
export const seriesListSchema = z.object({ items: z.array(seriesSchema) });
export const seriesInputSchema = z.object({ format: z.string().trim().min(1, 'Enter a format such as No. {n}/ASEAN/{yyyy}').max(100) });

export const templateInputSchema = z.object({
  key: z.string().trim().regex(/^[a-z][a-z0-9_-]{1,39}$/, 'Use a key such as note-verbale'),
  kind: z.enum(TEMPLATE_KINDS),
  language: z.enum(TEMPLATE_LANGUAGES),
  title: requiredText(200, 'Enter the template’s title'),
  /** The opening, with placeholders such as {{mission}}, {{addressee}}, {{subject}}. */
  opening: requiredText(4000, 'Enter the opening formula'),
  closing: requiredText(4000, 'Enter the closing formula'),
});
export const templateSchema = z.object({
  id: z.string(),
  key: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  language: z.enum(TEMPLATE_LANGUAGES),
  version: z.number().int(),
  title: z.string(),
  opening: z.string(),
  closing: z.string(),
  createdAt: outInstant,
  current: z.boolean(),
});
export const templateListSchema = z.object({ items: z.array(templateSchema) });
export const templateListQuerySchema = z.object({ all: z.enum(['true', 'false']).optional() });
export const templatePreviewSchema = z.object({ opening: z.string(), closing: z.string(), place: z.string(), dateInWords: z.string() });

/** Placeholders a template may use; each is filled from the record. */
export const TEMPLATE_PLACEHOLDERS = ['mission', 'addressee', 'subject', 'register_number', 'date', 'place'] as const;
