// The API contract of the dialogue module: engagements with counterparts, their follow-ups and timelines, and the protocol gift register.
import { z } from 'zod';
import { accessFieldsSchema, dateSchema, listQueryBase, listResponse, optionalText, partyCodeSchema, provenanceSchema, recordMetaSchema, requiredText, uuidSchema, webUrlSchema } from './common.ts';
import { currencyCodeSchema, nonNegativeMoneySchema } from './money.ts';
import { namesOutSchema } from './names.ts';

export const ENGAGEMENT_KINDS = ['meeting', 'courtesy_call', 'phone_call', 'video_call', 'visit_meeting', 'demarche', 'reception', 'working_lunch', 'other'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];
/** Whose side a participant is on: the mission's (ours) or the counterpart's (theirs). */
export const PARTICIPANT_SIDES = ['ours', 'theirs'] as const;

export const GIFT_DIRECTIONS = ['given', 'received'] as const;
export type GiftDirection = (typeof GIFT_DIRECTIONS)[number];
export const GIFT_CATEGORIES = ['art', 'souvenir', 'jewellery', 'textile', 'book', 'food_drink', 'photograph', 'other'] as const;
export type GiftCategory = (typeof GIFT_CATEGORIES)[number];
/** What became of a gift (domain.md §5.1). */
export const GIFT_DISPOSITIONS = ['pending', 'retained_official_use', 'on_display', 'deposited', 'transferred', 'purchased_by_recipient', 'returned', 'kept_by_recipient'] as const;
export type GiftDisposition = (typeof GIFT_DISPOSITIONS)[number];

const zoneSchema = z
  .string()
  .trim()
  .min(1, 'Give the time zone, e.g. Asia/Jakarta')
  .max(60)
  .refine((z) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: z });
      return true;
    } catch {
      return false;
    }
  }, 'Use an IANA time zone, e.g. Asia/Jakarta');
const instantInSchema = z.iso.datetime({ offset: true, error: 'Give a date and time with its offset, e.g. 2026-03-18T10:00:00+07:00' });
const outInstant = z.iso.datetime({ offset: true });
const topicSchema = z.string().trim().min(1).max(60);

const participantInput = z.object({ personId: uuidSchema, side: z.enum(PARTICIPANT_SIDES) });
const followUpInput = z.object({
  title: requiredText(2000, 'Say what is to be done'),
  ownerUserId: uuidSchema.nullish(),
  ownerPersonId: uuidSchema.nullish(),
  ownerPartyCode: partyCodeSchema.nullish(),
  dueDate: dateSchema.nullish(),
});
export const followUpInputSchema = followUpInput;

const engagementFields = accessFieldsSchema.extend({
  kind: z.enum(ENGAGEMENT_KINDS, { error: 'Choose the kind of contact' }),
  title: requiredText(500, 'Give the engagement a title, e.g. Courtesy call on the Secretary-General'),
  startsAt: instantInSchema,
  endsAt: instantInSchema.nullish(),
  timeZone: zoneSchema,
  place: optionalText(300),
  participants: z.array(participantInput).max(100),
  organizationIds: z.array(uuidSchema).max(50),
  partyCodes: z.array(partyCodeSchema).max(50),
  topics: z.array(topicSchema).max(30),
  /** Rich text (HTML), sanitised on the server. */
  summary: optionalText(50000),
  outcomes: optionalText(20000),
  provenance: provenanceSchema.nullish(),
  sourceUrl: webUrlSchema,
});
export const engagementInputSchema = engagementFields.extend({
  classification: engagementFields.shape.classification.unwrap().default('mission'),
  participants: engagementFields.shape.participants.default([]),
  organizationIds: engagementFields.shape.organizationIds.default([]),
  partyCodes: engagementFields.shape.partyCodes.default([]),
  topics: engagementFields.shape.topics.default([]),
  /** Follow-ups recorded with the engagement: each becomes an action item. */
  followUps: z.array(followUpInput).max(50).default([]),
});
export const engagementUpdateSchema = engagementFields.partial();

const refSchema = z.object({ id: z.string(), name: z.string(), nameRu: z.string().nullable() });
export const engagementParticipantSchema = z.object({
  personId: z.string(),
  side: z.enum(PARTICIPANT_SIDES),
  fullName: z.string(),
  nameRu: z.string().nullable(),
  /** The post the person held on the engagement's date, kept with the record. */
  postTitle: z.string().nullable(),
  postOrganization: refSchema.nullable(),
});
export const followUpSchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerUserId: z.string().nullable(),
  ownerUserName: z.string().nullable(),
  ownerPersonId: z.string().nullable(),
  ownerPartyCode: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.string(),
  overdue: z.boolean(),
});
export const engagementSchema = recordMetaSchema.extend({
  reference: z.string(),
  kind: z.enum(ENGAGEMENT_KINDS),
  title: z.string(),
  startsAt: outInstant,
  endsAt: outInstant.nullable(),
  timeZone: z.string(),
  place: z.string().nullable(),
  participants: z.array(engagementParticipantSchema),
  organizations: z.array(z.object({ id: z.string(), names: namesOutSchema, acronym: z.string().nullable() })),
  partyCodes: z.array(z.string()),
  topics: z.array(z.string()),
  summary: z.string().nullable(),
  outcomes: z.string().nullable(),
  followUps: z.array(followUpSchema),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
});
export type Engagement = z.infer<typeof engagementSchema>;

export const ENGAGEMENT_SORTS = ['startsAt', '-startsAt', 'updatedAt', '-updatedAt'] as const;
export const engagementListQuerySchema = listQueryBase.extend({
  sort: z.enum(ENGAGEMENT_SORTS).default('-startsAt'),
  kind: z.enum(ENGAGEMENT_KINDS).optional(),
  topic: topicSchema.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  /** Timelines: the contacts with a person, an organisation or a party. */
  personId: uuidSchema.optional(),
  organizationId: uuidSchema.optional(),
  party: partyCodeSchema.optional(),
});
export const engagementListSchema = listResponse(engagementSchema);

/** The counterpart view: for each of their officials, who of ours met them, when last, how often this year, what is open. */
export const counterpartQuerySchema = z
  .object({ organizationId: uuidSchema.optional(), party: partyCodeSchema.optional() })
  .refine((q) => q.organizationId || q.party, { message: 'Give an organisation or a party', path: ['organizationId'] });
export const counterpartViewSchema = z.object({
  items: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      nameRu: z.string().nullable(),
      ourPeople: z.array(z.object({ personId: z.string(), fullName: z.string(), nameRu: z.string().nullable() })),
      lastContactAt: outInstant,
      lastEngagementId: z.string(),
      contactsThisYear: z.number().int(),
      openFollowUps: z.number().int(),
    }),
  ),
});

// ---------- gifts ----------
const partyRefInput = {
  PersonId: uuidSchema.nullish(),
  OrganizationId: uuidSchema.nullish(),
  PartyCode: partyCodeSchema.nullish(),
  Name: optionalText(300),
};
const giftFields = accessFieldsSchema.extend({
  direction: z.enum(GIFT_DIRECTIONS, { error: 'Say whether the gift was given or received' }),
  date: dateSchema,
  engagementId: uuidSchema.nullish(),
  occasion: optionalText(500),
  place: optionalText(300),
  donorPersonId: partyRefInput.PersonId,
  donorOrganizationId: partyRefInput.OrganizationId,
  donorPartyCode: partyRefInput.PartyCode,
  donorName: partyRefInput.Name,
  recipientPersonId: partyRefInput.PersonId,
  recipientOrganizationId: partyRefInput.OrganizationId,
  recipientPartyCode: partyRefInput.PartyCode,
  recipientName: partyRefInput.Name,
  description: requiredText(4000, 'Describe the gift'),
  category: z.enum(GIFT_CATEGORIES).default('other'),
  quantity: z.coerce.number().int().min(1, 'At least one').max(10000).default(1),
  /** Null: the value is unknown (a real answer). */
  value: nonNegativeMoneySchema.nullish(),
  valuationMethod: optionalText(300),
  valuationDate: dateSchema.nullish(),
  circumstances: optionalText(4000),
  approvalSought: z.boolean().default(false),
  approvedBy: optionalText(300),
  disposition: z.enum(GIFT_DISPOSITIONS).default('pending'),
  location: optionalText(300),
  provenance: provenanceSchema.nullish(),
  sourceUrl: webUrlSchema,
});
export const giftInputSchema = giftFields.extend({ classification: giftFields.shape.classification.unwrap().default('mission') });
export const giftUpdateSchema = giftFields.omit({ disposition: true, location: true }).partial();
export const custodyChangeInputSchema = z.object({
  disposition: z.enum(GIFT_DISPOSITIONS, { error: 'Choose what became of the gift' }),
  location: optionalText(300),
  note: optionalText(2000),
});

const sideSchema = z.object({ person: z.object({ id: z.string(), fullName: z.string(), postTitle: z.string().nullable() }).nullable(), organization: refSchema.nullable(), partyCode: z.string().nullable(), name: z.string().nullable() });
export const custodySchema = z.object({ disposition: z.enum(GIFT_DISPOSITIONS), location: z.string().nullable(), note: z.string().nullable(), at: outInstant, byName: z.string().nullable() });
export const giftSchema = recordMetaSchema.extend({
  reference: z.string(),
  direction: z.enum(GIFT_DIRECTIONS),
  date: z.string(),
  engagement: z.object({ id: z.string(), title: z.string() }).nullable(),
  occasion: z.string().nullable(),
  place: z.string().nullable(),
  donor: sideSchema,
  recipient: sideSchema,
  description: z.string(),
  category: z.enum(GIFT_CATEGORIES),
  quantity: z.number().int(),
  value: z.object({ amountMinor: z.number().int(), currency: z.string() }).nullable(),
  valuationMethod: z.string().nullable(),
  valuationDate: z.string().nullable(),
  circumstances: z.string().nullable(),
  approvalSought: z.boolean(),
  approvedBy: z.string().nullable(),
  disposition: z.enum(GIFT_DISPOSITIONS),
  location: z.string().nullable(),
  custody: z.array(custodySchema),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
});
export type Gift = z.infer<typeof giftSchema>;
export const giftListQuerySchema = listQueryBase.extend({
  sort: z.enum(['date', '-date']).default('-date'),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  direction: z.enum(GIFT_DIRECTIONS).optional(),
  disposition: z.enum(GIFT_DISPOSITIONS).optional(),
  /** Gifts valued above this amount (in minor units of `currency`). */
  valueAbove: z.coerce.number().int().min(0).optional(),
  currency: currencyCodeSchema.optional(),
});
export const giftListSchema = listResponse(giftSchema);
export const giftReportQuerySchema = z.object({ year: z.coerce.number().int().min(1990).max(2100), lang: z.enum(['en', 'ru']).default('en') });
