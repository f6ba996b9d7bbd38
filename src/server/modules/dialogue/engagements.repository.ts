// Queries on engagements and their participants, each scoped by the access policy: the log, timelines of a person, an organisation or a party.
import { and, arrayContains, count, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { engagementListQuerySchema } from '../../../shared/dialogue.ts';
import type { Executor } from '../../db/client.ts';
import { engagementParticipants, engagements } from '../../db/schema/dialogue.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type EngagementRow = typeof engagements.$inferSelect;
export type ParticipantRow = typeof engagementParticipants.$inferSelect;

const sortKeys: Record<'startsAt' | 'updatedAt', SortKey<EngagementRow>> = {
  startsAt: { expr: sql`${engagements.startsAt}`, value: (r) => r.startsAt, type: 'timestamptz' },
  updatedAt: { expr: sql`${engagements.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

export async function findEngagement(db: Executor, ctx: RequestContext, id: string): Promise<EngagementRow | null> {
  const [row] = await db.select().from(engagements).where(and(eq(engagements.id, id), visibleTo(ctx, engagements))).limit(1);
  return row ?? null;
}

type Filters = Pick<z.output<typeof engagementListQuerySchema>, 'kind' | 'topic' | 'year' | 'personId' | 'organizationId' | 'party' | 'q'>;

/** The log's filters; a timeline is the log filtered by a person, an organisation or a party. */
export function engagementFilters(q: Filters): (SQL | undefined)[] {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return [
    q.kind ? eq(engagements.kind, q.kind) : undefined,
    q.topic ? arrayContains(engagements.topics, [q.topic]) : undefined,
    // The year in the engagement's own zone.
    q.year ? sql`extract(year from ${engagements.startsAt} at time zone ${engagements.timeZone}) = ${q.year}` : undefined,
    q.personId
      ? sql`exists (select 1 from ${engagementParticipants} where ${engagementParticipants.engagementId} = ${engagements.id} and ${engagementParticipants.personId} = ${q.personId})`
      : undefined,
    q.organizationId
      ? sql`(${engagements.organizationIds} @> array[${q.organizationId}]::uuid[] or exists (select 1 from ${engagementParticipants} where ${engagementParticipants.engagementId} = ${engagements.id} and ${engagementParticipants.postOrganizationId} = ${q.organizationId}))`
      : undefined,
    q.party ? arrayContains(engagements.partyCodes, [q.party]) : undefined,
    term ? like(engagements.searchText, containsPattern(term)) : undefined,
  ];
}

export function listEngagements(db: Executor, ctx: RequestContext, q: z.output<typeof engagementListQuerySchema>) {
  return listPage(q, {
    rows: () => db.select().from(engagements),
    count: () => db.select({ n: count() }).from(engagements),
    map: (r: EngagementRow) => r,
    id: engagements.id,
    access: visibleTo(ctx, engagements),
    archivedAt: engagements.archivedAt,
    where: engagementFilters(q),
    sortKeys,
  });
}

/** Participants of the given (visible) engagements, grouped by engagement, in order. */
export async function participantsOf(db: Executor, ids: string[]) {
  const by = new Map<string, ParticipantRow[]>();
  if (ids.length === 0) return by;
  const rows = await db.select().from(engagementParticipants).where(inArray(engagementParticipants.engagementId, ids)).orderBy(engagementParticipants.position);
  for (const r of rows) by.set(r.engagementId, [...(by.get(r.engagementId) ?? []), r]);
  return by;
}
