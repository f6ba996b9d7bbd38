// Tables of the events module: humanitarian and cultural events and programmes of the mission.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EVENT_KINDS, EVENT_STATUSES } from '../../../shared/events.ts';
import { moneyColumns, moneyConstraints } from '../../platform/records/money.columns.ts';
import { between, classifiedChecks, classifiedColumns, idList, instant, namesChecks, namesColumns, oneOf, partyCodeList, provenanceCheck, provenanceColumns, rule } from '../columns.ts';
import { users } from './accounts.table.ts';

/** An event or programme: a festival, a reception, an aid delivery… Public ones appear on the unauthenticated page. */
export const missionEvents = pgTable(
  'mission_events',
  {
    ...classifiedColumns(() => users.id),
    ...provenanceColumns(),
    /** EV-01, EV-02, … from the numbering service. */
    reference: text('reference').notNull(),
    /** The title keyed by language; `name_en` is generated from it. */
    ...namesColumns(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    startsAt: instant('starts_at').notNull(),
    /** Exclusive end for timed events; for all-day events the last day's start. */
    endsAt: instant('ends_at'),
    allDay: boolean('all_day').notNull().default(false),
    timeZone: text('time_zone').notNull(),
    venue: text('venue'),
    description: text('description'),
    partnerOrganizationIds: uuid('partner_organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    parties: text('parties').array().notNull().default(sql`'{}'::text[]`),
    expectedParticipants: integer('expected_participants'),
    actualParticipants: integer('actual_participants'),
    ...moneyColumns('budget', { nullable: true }),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('planned'),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('mission_events_reference_uq').on(t.reference),
    // the events table and the public page by start
    index('mission_events_starts_idx').on(t.startsAt, t.id),
    // the public page: public events only
    index('mission_events_public_idx').on(t.startsAt).where(sql`${t.classification} = 'public'`),
    index('mission_events_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('mission_events_shared_orgs_gin').using('gin', t.sharedOrganizations),
    ...classifiedChecks(t),
    provenanceCheck(t),
    ...namesChecks(t),
    oneOf(t.kind, EVENT_KINDS),
    oneOf(t.status, EVENT_STATUSES),
    idList(t.partnerOrganizationIds),
    partyCodeList(t.parties),
    between(t.expectedParticipants, 0),
    between(t.actualParticipants, 0),
    rule('mission_events_period_check', 'The end must be on or after the start.', sql`${t.endsAt} is null or ${t.endsAt} >= ${t.startsAt}`, t.endsAt),
    ...moneyConstraints('mission_events', t, 'budget'),
  ],
);
