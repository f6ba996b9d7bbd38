// Tables of the directory: parties, organisations, people with their posts, delegations with their members.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ORGANIZATION_KINDS, PARTY_KINDS } from '../../../shared/directory.ts';
import { classifiedChecks, classifiedColumns, instant, namesChecks, namesColumns, oneOf, period, provenanceCheck, provenanceColumns } from '../columns.ts';
import { users } from './accounts.table.ts';

/** Member states and partners of the organisation. */
export const parties = pgTable(
  'parties',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** ISO 3166-1 alpha-2, or `EU` for the European Union. */
    code: text('code').notNull(),
    alpha3: text('alpha3'),
    numericCode: text('numeric_code'),
    /** Names keyed by language; `name_en` is generated from them. */
    ...namesColumns(),
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
    ...classifiedChecks(t),
    provenanceCheck(t),
    ...namesChecks(t),
    oneOf(t.kind, PARTY_KINDS),
    period(t.memberFrom, t.memberTo, 'parties_membership_period_check'),
  ],
);

export const organizations = pgTable(
  'organizations',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** Names keyed by language; `name_en` is generated from them. */
    ...namesColumns(),
    nameLocal: text('name_local'),
    acronym: text('acronym'),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    countryCode: text('country_code').references(() => parties.code, { onDelete: 'restrict' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id, { onDelete: 'restrict' }),
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
    ...classifiedChecks(t),
    provenanceCheck(t),
    ...namesChecks(t),
    oneOf(t.kind, ORGANIZATION_KINDS),
  ],
);

export const people = pgTable(
  'people',
  {
    ...classifiedColumns(() => users.id),
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
    ...classifiedChecks(t),
    provenanceCheck(t),
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
      .references(() => organizations.id, { onDelete: 'restrict' }),
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
    period(t.fromDate, t.toDate),
  ],
);

/** A party's delegation to the organisation, e.g. the Permanent Mission of Indonesia to ASEAN. */
export const delegations = pgTable(
  'delegations',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    partyCode: text('party_code')
      .notNull()
      .references(() => parties.code, { onDelete: 'restrict' }),
    /** Names keyed by language; `name_en` is generated from them. */
    ...namesColumns(),
    /** The permanent mission (organisation) the delegation works from. */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    headPersonId: uuid('head_person_id').references(() => people.id, { onDelete: 'restrict' }),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    // delegations of a party; list by party
    index('delegations_party_idx').on(t.partyCode),
    index('delegations_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('delegations_shared_parties_gin').using('gin', t.sharedParties),
    ...classifiedChecks(t),
    ...namesChecks(t),
    provenanceCheck(t),
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
      .references(() => people.id, { onDelete: 'restrict' }),
    title: text('title'),
    fromDate: date('from_date'),
    toDate: date('to_date'),
  },
  (t) => [
    // members of a delegation
    index('delegation_members_delegation_idx').on(t.delegationId),
    // delegations a person belongs to
    index('delegation_members_person_idx').on(t.personId),
    period(t.fromDate, t.toDate),
  ],
);
