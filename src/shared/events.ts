// The API contract of the events module: humanitarian and cultural events and programmes, and the public listing; enums defined once.
import { z } from 'zod';
import { listQueryBase, listResponse, optionalText, partyCodeSchema, provenanceSchema, recordMetaSchema, uuidSchema, webUrlSchema } from './common.ts';
import { moneySchema, nonNegativeMoneySchema } from './money.ts';
import { namesOutSchema, namesSchema } from './names.ts';

export const EVENT_KINDS = [
  'cultural_festival',
  'exhibition',
  'concert',
  'film_week',
  'youth_exchange',
  'scholarship_programme',
  'humanitarian_aid_delivery',
  'disaster_relief_support',
  'reception',
  'commemoration',
  'meeting',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['planned', 'confirmed', 'held', 'cancelled'] as const;

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'Give a date (YYYY-MM-DD) or a local date and time (YYYY-MM-DDTHH:MM)');

const eventFields = z.object({
  names: namesSchema(500, 'Enter the title in English'),
  kind: z.enum(EVENT_KINDS, { error: 'Choose a kind of event' }),
  /** Local date, or date and time, in `timeZone`. */
  starts: localDateTime,
  ends: localDateTime.nullish(),
  timeZone: z.string().min(1).max(64),
  venue: optionalText(300),
  description: optionalText(8000),
  partnerOrganizationIds: z.array(uuidSchema).max(30),
  parties: z.array(partyCodeSchema).max(30),
  expectedParticipants: z.number().int().min(0).max(10_000_000).nullish(),
  actualParticipants: z.number().int().min(0).max(10_000_000).nullish(),
  budget: nonNegativeMoneySchema.nullish(),
  status: z.enum(EVENT_STATUSES, { error: 'Choose planned, confirmed, held or cancelled' }),
  /** Public events are shown on the unauthenticated page and feed. */
  isPublic: z.boolean(),
  classification: z.enum(['mission', 'shared', 'restricted']).optional(),
  sharedWith: z.object({ parties: z.array(partyCodeSchema).max(50).default([]), organizations: z.array(uuidSchema).max(50).default([]) }).optional(),
  restrictedTo: z.array(uuidSchema).max(50).optional(),
  provenance: provenanceSchema.optional(),
  sourceUrl: webUrlSchema,
});
export const eventInputSchema = eventFields.extend({
  timeZone: eventFields.shape.timeZone.default('Asia/Jakarta'),
  partnerOrganizationIds: eventFields.shape.partnerOrganizationIds.default([]),
  parties: eventFields.shape.parties.default([]),
  status: eventFields.shape.status.default('planned'),
  isPublic: eventFields.shape.isPublic.default(false),
});
export const eventUpdateSchema = eventFields.partial();
const refSchema = z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable() });
export const eventSchema = recordMetaSchema.extend({
  reference: z.string(),
  names: namesOutSchema,
  kind: z.enum(EVENT_KINDS),
  starts: z.string(),
  ends: z.string().nullable(),
  allDay: z.boolean(),
  startsAt: z.iso.datetime({ offset: true }),
  timeZone: z.string(),
  venue: z.string().nullable(),
  description: z.string().nullable(),
  partnerOrganizationIds: z.array(z.string()),
  partners: z.array(refSchema),
  parties: z.array(z.string()),
  expectedParticipants: z.number().nullable(),
  actualParticipants: z.number().nullable(),
  budget: moneySchema.nullable(),
  status: z.enum(EVENT_STATUSES),
  isPublic: z.boolean(),
  provenance: provenanceSchema,
  sourceUrl: z.string().nullable(),
});
export type MissionEvent = z.infer<typeof eventSchema>;
export const eventListQuerySchema = listQueryBase.extend({
  sort: z.enum(['starts', 'updatedAt']).default('starts'),
  kind: z.enum(EVENT_KINDS).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});
export const eventListSchema = listResponse(eventSchema);

/** What the public page and feed show of a public event: nothing else. */
export const publicEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  kindLabel: z.string(),
  starts: z.string(),
  ends: z.string().nullable(),
  timeZone: z.string(),
  venue: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
});
export const publicEventsQuerySchema = z.object({ lang: z.enum(['en', 'ru']).default('en') });
export const publicEventsSchema = z.object({ mission: z.string(), items: z.array(publicEventSchema) });
