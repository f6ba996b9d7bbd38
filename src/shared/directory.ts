// The API contract of the directory: parties, organisations, people and delegations, with their enums.
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

export const PARTY_KINDS = ['member_state', 'dialogue_partner', 'observer', 'other'] as const;
export const ORGANIZATION_KINDS = [
  'government_ministry',
  'permanent_mission',
  'secretariat',
  'regional_organization',
  'agency',
  'academic',
  'other',
] as const;

const provenanceFields = {
  provenance: provenanceSchema.nullish(),
  sourceUrl: webUrlSchema,
};
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a BCP 47 language tag, for example en or ms');

// ---------- parties ----------
const partyFields = accessFieldsSchema.extend({
  code: partyCodeSchema,
  alpha3: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter code, for example IDN').nullish(),
  numericCode: z.string().regex(/^\d{3}$/, 'Use a three-digit code, for example 360').nullish(),
  names: namesSchema(200),
  kind: z.enum(PARTY_KINDS),
  isOwn: z.boolean(),
  officialLanguages: z.array(languageTag).max(10),
  memberFrom: dateSchema.nullish(),
  memberTo: dateSchema.nullish(),
  observerFrom: dateSchema.nullish(),
  partnerSince: dateSchema.nullish(),
  notes: optionalText(4000),
  ...provenanceFields,
});
/** Defaults apply when creating only: a partial update changes just the fields sent. */
export const partyInputSchema = partyFields.extend({
  classification: partyFields.shape.classification.unwrap().default('mission'),
  isOwn: z.boolean().default(false),
  officialLanguages: z.array(languageTag).max(10).default([]),
});
export const partyUpdateSchema = partyFields.partial();
export const partySchema = recordMetaSchema.extend({
  code: z.string(),
  alpha3: z.string().nullable(),
  numericCode: z.string().nullable(),
  names: namesOutSchema,
  kind: z.enum(PARTY_KINDS),
  isOwn: z.boolean(),
  officialLanguages: z.array(z.string()),
  memberFrom: z.string().nullable(),
  memberTo: z.string().nullable(),
  observerFrom: z.string().nullable(),
  partnerSince: z.string().nullable(),
  notes: z.string().nullable(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
  /** Member today (derived from membership dates). */
  isMember: z.boolean(),
});
export type Party = z.infer<typeof partySchema>;
export const partyListQuerySchema = listQueryBase.extend({
  kind: z.enum(PARTY_KINDS).optional(),
  sort: z.enum(['name', '-name', 'code', '-code', 'updatedAt', '-updatedAt']).default('name'),
});
export const partyListSchema = listResponse(partySchema);

// ---------- organisations ----------
const organizationFields = accessFieldsSchema.extend({
  names: namesSchema(300),
  nameLocal: optionalText(300),
  acronym: optionalText(40),
  kind: z.enum(ORGANIZATION_KINDS, { error: 'Choose the kind of organisation' }),
  countryCode: partyCodeSchema.nullish(),
  parentId: uuidSchema.nullish(),
  website: webUrlSchema,
  address: optionalText(500),
  ...provenanceFields,
});
export const organizationInputSchema = organizationFields.extend({
  classification: organizationFields.shape.classification.unwrap().default('mission'),
});
export const organizationUpdateSchema = organizationFields.partial();
export const organizationRefSchema = z.object({ id: z.string(), names: namesOutSchema, acronym: z.string().nullable() });
export const organizationSchema = recordMetaSchema.extend({
  names: namesOutSchema,
  nameLocal: z.string().nullable(),
  acronym: z.string().nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  countryCode: z.string().nullable(),
  parentId: z.string().nullable(),
  /** The parent, when the current user may see it. */
  parent: organizationRefSchema.nullable(),
  website: z.string().nullable(),
  address: z.string().nullable(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;
export const organizationListQuerySchema = listQueryBase.extend({
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  country: partyCodeSchema.optional(),
  parentId: uuidSchema.optional(),
  /** Comma-separated ids, to label references. */
  ids: z.string().max(2000).optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});
export const organizationListSchema = listResponse(organizationSchema);

// ---------- people and their posts ----------
export const postInputSchema = z.object({
  organizationId: uuidSchema,
  title: requiredText(300, 'Enter the title of the post'),
  fromDate: dateSchema.nullish(),
  toDate: dateSchema.nullish(),
});
const personFields = accessFieldsSchema.extend({
  fullName: requiredText(300, 'Enter the name'),
  nameLatin: optionalText(300),
  nameRu: optionalText(300),
  honorific: optionalText(100),
  email: z.email({ error: 'Enter an e-mail address like name@example.org' }).nullish(),
  phone: optionalText(50),
  languages: z.array(languageTag).max(20),
  notes: optionalText(4000),
  posts: z.array(postInputSchema).max(100).optional(),
  ...provenanceFields,
});
export const personInputSchema = personFields.extend({
  classification: personFields.shape.classification.unwrap().default('mission'),
  languages: z.array(languageTag).max(20).default([]),
});
export const personUpdateSchema = personFields.partial();
export const postSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  organization: organizationRefSchema,
  title: z.string(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
});
export const personSchema = recordMetaSchema.extend({
  fullName: z.string(),
  nameLatin: z.string().nullable(),
  nameRu: z.string().nullable(),
  honorific: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.string()),
  notes: z.string().nullable(),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
  /** Posts at organisations the current user may see, newest first. */
  posts: z.array(postSchema),
});
export type Person = z.infer<typeof personSchema>;
export const personListQuerySchema = listQueryBase.extend({
  organizationId: uuidSchema.optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});
export const personListSchema = listResponse(personSchema);

// ---------- delegations ----------
export const delegationMemberInputSchema = z.object({
  personId: uuidSchema,
  title: optionalText(200),
  fromDate: dateSchema.nullish(),
  toDate: dateSchema.nullish(),
});
const delegationFields = accessFieldsSchema.extend({
  partyCode: partyCodeSchema,
  names: namesSchema(300, 'Enter the name of the delegation'),
  organizationId: uuidSchema.nullish(),
  headPersonId: uuidSchema.nullish(),
  members: z.array(delegationMemberInputSchema).max(200).optional(),
  ...provenanceFields,
});
export const delegationInputSchema = delegationFields.extend({
  classification: delegationFields.shape.classification.unwrap().default('mission'),
});
export const delegationUpdateSchema = delegationFields.partial();
export const personRefSchema = z.object({ id: z.string(), fullName: z.string(), nameLatin: z.string().nullable(), honorific: z.string().nullable() });
export const delegationSchema = recordMetaSchema.extend({
  partyCode: z.string(),
  names: namesOutSchema,
  organizationId: z.string().nullable(),
  headPersonId: z.string().nullable(),
  head: personRefSchema.nullable(),
  members: z.array(
    z.object({
      id: z.string(),
      person: personRefSchema,
      title: z.string().nullable(),
      fromDate: z.string().nullable(),
      toDate: z.string().nullable(),
    }),
  ),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
});
export type Delegation = z.infer<typeof delegationSchema>;
export const delegationListQuerySchema = listQueryBase.extend({
  party: partyCodeSchema.optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});
export const delegationListSchema = listResponse(delegationSchema);
