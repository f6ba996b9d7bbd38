// Tables of the dialogue module: engagements with counterparts and their participants (with the post held that day), and the protocol gift register with its custody history.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ENGAGEMENT_KINDS, GIFT_CATEGORIES, GIFT_DIRECTIONS, GIFT_DISPOSITIONS, PARTICIPANT_SIDES } from '../../../shared/dialogue.ts';
import { moneyColumns, moneyConstraints } from '../../platform/records/money.columns.ts';
import { between, classifiedChecks, classifiedColumns, idList, instant, oneOf, partyCodeList, period, provenanceCheck, provenanceColumns, rule } from '../columns.ts';
import { users } from './accounts.table.ts';
import { organizations, parties, people } from './directory.table.ts';

/** A contact with counterparts: a call, a meeting, a démarche, a reception. */
export const engagements = pgTable(
  'engagements',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** EV-2026-001 and the like (numbering series per year). */
    reference: text('reference').notNull(),
    kind: text('kind', { enum: ENGAGEMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at'),
    /** IANA zone the engagement took place in. */
    timeZone: text('time_zone').notNull(),
    place: text('place'),
    organizationIds: uuid('organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    partyCodes: text('party_codes').array().notNull().default(sql`'{}'::text[]`),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    /** Sanitised rich text. */
    summary: text('summary'),
    outcomes: text('outcomes'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('engagements_reference_uq').on(t.reference),
    // the log and timelines, newest first
    index('engagements_starts_idx').on(t.startsAt, t.id),
    // an organisation's / a party's timeline
    index('engagements_orgs_gin').using('gin', t.organizationIds),
    index('engagements_parties_gin').using('gin', t.partyCodes),
    index('engagements_topics_gin').using('gin', t.topics),
    index('engagements_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    oneOf(t.kind, ENGAGEMENT_KINDS),
    period(t.startsAt, t.endsAt),
    partyCodeList(t.partyCodes),
    idList(t.organizationIds),
    ...classifiedChecks(t),
    provenanceCheck(t),
  ],
);

/** Who took part, on which side, and the post each held on the engagement's date (kept, so history stays right after people move). */
export const engagementParticipants = pgTable(
  'engagement_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    side: text('side', { enum: PARTICIPANT_SIDES }).notNull(),
    postTitle: text('post_title'),
    postOrganizationId: uuid('post_organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('engagement_participants_uq').on(t.engagementId, t.personId),
    // a person's timeline; the counterpart view
    index('engagement_participants_person_idx').on(t.personId, t.engagementId),
    oneOf(t.side, PARTICIPANT_SIDES),
  ],
);

/** A gift given or received by the mission (domain.md §5.1). */
export const gifts = pgTable(
  'gifts',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** G-2026-01 and the like. */
    reference: text('reference').notNull(),
    direction: text('direction', { enum: GIFT_DIRECTIONS }).notNull(),
    date: date('date').notNull(),
    engagementId: uuid('engagement_id').references(() => engagements.id, { onDelete: 'restrict' }),
    occasion: text('occasion'),
    place: text('place'),
    donorPersonId: uuid('donor_person_id').references(() => people.id, { onDelete: 'restrict' }),
    donorPostTitle: text('donor_post_title'),
    donorOrganizationId: uuid('donor_organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    donorPartyCode: text('donor_party_code').references(() => parties.code, { onDelete: 'restrict' }),
    donorName: text('donor_name'),
    recipientPersonId: uuid('recipient_person_id').references(() => people.id, { onDelete: 'restrict' }),
    recipientPostTitle: text('recipient_post_title'),
    recipientOrganizationId: uuid('recipient_organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    recipientPartyCode: text('recipient_party_code').references(() => parties.code, { onDelete: 'restrict' }),
    recipientName: text('recipient_name'),
    description: text('description').notNull(),
    category: text('category', { enum: GIFT_CATEGORIES }).notNull().default('other'),
    quantity: integer('quantity').notNull().default(1),
    /** Estimated value; null when unknown. */
    ...moneyColumns('value', { nullable: true }),
    valuationMethod: text('valuation_method'),
    valuationDate: date('valuation_date'),
    circumstances: text('circumstances'),
    approvalSought: boolean('approval_sought').notNull().default(false),
    approvedBy: text('approved_by'),
    disposition: text('disposition', { enum: GIFT_DISPOSITIONS }).notNull().default('pending'),
    location: text('location'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('gifts_reference_uq').on(t.reference),
    // the register by date
    index('gifts_date_idx').on(t.date, t.id),
    oneOf(t.direction, GIFT_DIRECTIONS),
    oneOf(t.category, GIFT_CATEGORIES),
    oneOf(t.disposition, GIFT_DISPOSITIONS),
    between(t.quantity, 1),
    ...moneyConstraints('gifts', t, 'value'),
    rule('gifts_value_check', 'A value cannot be negative.', sql`${t.valueMinor} is null or ${t.valueMinor} >= 0`, t.valueMinor),
    ...classifiedChecks(t),
    provenanceCheck(t),
  ],
);

/** Every change of a gift's disposition and location: the custody history. */
export const giftCustody = pgTable(
  'gift_custody',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    giftId: uuid('gift_id')
      .notNull()
      .references(() => gifts.id, { onDelete: 'cascade' }),
    disposition: text('disposition', { enum: GIFT_DISPOSITIONS }).notNull(),
    location: text('location'),
    note: text('note'),
    at: instant('at').notNull().defaultNow(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [
    // a gift's history
    index('gift_custody_gift_idx').on(t.giftId, t.at),
    oneOf(t.disposition, GIFT_DISPOSITIONS),
  ],
);
