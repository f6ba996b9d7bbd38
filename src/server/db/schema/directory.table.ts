import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classifiedColumns, instant, provenanceColumns } from '../columns.ts';

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

/** Member states and partners of the organisation. */
export const parties = pgTable(
  'parties',
  {
    ...classifiedColumns(),
    ...provenanceColumns(),
    /** ISO 3166-1 alpha-2, or `EU` for the European Union. */
    code: text('code').notNull(),
    alpha3: text('alpha3'),
    numericCode: text('numeric_code'),
    nameEn: text('name_en').notNull(),
    nameRu: text('name_ru'),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    /** The mission's own (sending) country. */
    isOwn: boolean('is_own').notNull().default(false),
    officialLanguages: text('official_languages').array().notNull().default(sql`'{}'::text[]`),
    memberFrom: date('member_from'),
    memberTo: date('member_to'),
    observerFrom: date('observer_from'),
    partnerSince: date('partner_since'),
    notes: text('notes'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // lookup by code (sharing lists, delegate's party)
    uniqueIndex('parties_code_uq').on(t.code),
    // text search on names
    index('parties_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const organizations = pgTable(
  'organizations',
  {
    ...classifiedColumns(),
    ...provenanceColumns(),
    nameEn: text('name_en').notNull(),
    nameRu: text('name_ru'),
    nameLocal: text('name_local'),
    acronym: text('acronym'),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    countryCode: text('country_code'),
    parentId: uuid('parent_id'),
    website: text('website'),
    address: text('address'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // list sorted by name (default order), with keyset cursor
    index('organizations_name_idx').on(sql`lower(${t.nameEn})`, t.id),
    // list sorted by last change
    index('organizations_updated_idx').on(t.updatedAt, t.id),
    // filter by kind / country
    index('organizations_kind_idx').on(t.kind),
    index('organizations_country_idx').on(t.countryCode),
    // child organisations of a parent
    index('organizations_parent_idx').on(t.parentId),
    // text search (names in any script, acronym)
    index('organizations_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // visibility predicate for delegates / liaison officers
    index('organizations_shared_parties_gin').using('gin', t.sharedParties),
    index('organizations_shared_orgs_gin').using('gin', t.sharedOrganizations),
  ],
);

export const people = pgTable(
  'people',
  {
    ...classifiedColumns(),
    ...provenanceColumns(),
    /** The name as the person writes it, in any script. */
    fullName: text('full_name').notNull(),
    /** Latin transliteration, for sorting and search when the name is in another script. */
    nameLatin: text('name_latin'),
    nameRu: text('name_ru'),
    honorific: text('honorific'),
    email: text('email'),
    phone: text('phone'),
    /** BCP 47 tags. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // list sorted by name, with keyset cursor
    index('people_name_idx').on(sql`lower(coalesce(${t.nameLatin}, ${t.fullName}))`, t.id),
    // list sorted by last change
    index('people_updated_idx').on(t.updatedAt, t.id),
    // text search on names in all scripts
    index('people_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('people_shared_parties_gin').using('gin', t.sharedParties),
    index('people_shared_orgs_gin').using('gin', t.sharedOrganizations),
  ],
);

/** A person's history of posts: who held which title where, and when. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    fromDate: date('from_date'),
    toDate: date('to_date'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    // a person's posts
    index('posts_person_idx').on(t.personId),
    // an organisation's people
    index('posts_org_idx').on(t.organizationId),
  ],
);

/** A party's delegation to the organisation, e.g. the Permanent Mission of Indonesia to ASEAN. */
export const delegations = pgTable(
  'delegations',
  {
    ...classifiedColumns(),
    ...provenanceColumns(),
    partyCode: text('party_code').notNull(),
    name: text('name').notNull(),
    nameRu: text('name_ru'),
    /** The permanent mission (organisation) the delegation works from. */
    organizationId: uuid('organization_id'),
    headPersonId: uuid('head_person_id'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // delegations of a party; list by party
    index('delegations_party_idx').on(t.partyCode),
    index('delegations_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('delegations_shared_parties_gin').using('gin', t.sharedParties),
  ],
);

export const delegationMembers = pgTable(
  'delegation_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    title: text('title'),
    fromDate: date('from_date'),
    toDate: date('to_date'),
  },
  (t) => [
    // members of a delegation
    index('delegation_members_delegation_idx').on(t.delegationId),
    // delegations a person belongs to
    index('delegation_members_person_idx').on(t.personId),
  ],
);
