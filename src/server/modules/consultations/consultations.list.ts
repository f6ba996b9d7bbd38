// The consultations list: its views and filters, and the closing instant sorted and filtered in SQL.
import { and, count, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { CLOSING_SOON_HOURS, DECIDED_STATUSES, type consultationListQuerySchema } from '../../../shared/consultations.ts';
import type { Executor } from '../../db/client.ts';
import { consultationPositions, consultations, silenceProcedures } from '../../db/schema/consultations.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';
import { consultationDtos } from './consultations.dto.ts';
import type { ConsultationRow } from './consultations.rules.ts';

type ListQuery = z.output<typeof consultationListQuerySchema>;
type ConsultationView = ListQuery['view'];

const runningExpiry = sql`(select ${silenceProcedures.expiresAt} from ${silenceProcedures} where ${silenceProcedures.consultationId} = ${consultations.id} and ${silenceProcedures.status} = 'running' limit 1)`;

/** The instant positions close, in SQL (as `closesAt` in consultations.rules.ts): a running procedure's expiry, else the deadline, while open. */
export const closingInstant = sql`(case when ${consultations.status} = 'open' then coalesce(${runningExpiry}, ${consultations.deadline}) end)`;

/** Sorting by the closing instant puts those without one last. */
const closingSortExpr = sql`coalesce(${closingInstant}, '9999-12-31T00:00:00Z'::timestamptz)`;

type ListedRow = ConsultationRow & { closingSort: Date };
const sortKeys: Record<'updatedAt' | 'deadline', SortKey<ListedRow>> = {
  updatedAt: { expr: sql`${consultations.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
  deadline: { expr: closingSortExpr, value: (r) => r.closingSort, type: 'timestamptz' },
};

/** A delegation's current position on the consultation in the outer query. */
const currentKindOf = (party: string) =>
  sql`(select ${consultationPositions.kind} from ${consultationPositions} where ${consultationPositions.consultationId} = ${consultations.id} and ${consultationPositions.partyCode} = ${party} order by ${consultationPositions.recordedAt} desc, ${consultationPositions.id} desc limit 1)`;

/** The condition for one of the list views, at `now`. */
function viewFilter(ctx: RequestContext, view: ConsultationView, now: Date): SQL | undefined {
  const stillOpen = sql`(${closingInstant} is null or ${closingInstant} > ${now.toISOString()}::timestamptz)`;
  switch (view) {
    case 'all':
      return undefined;
    case 'open':
      return eq(consultations.status, 'open');
    case 'closing_soon': {
      const soon = new Date(now.getTime() + CLOSING_SOON_HOURS * 3_600_000);
      return and(
        eq(consultations.status, 'open'),
        sql`${closingInstant} > ${now.toISOString()}::timestamptz and ${closingInstant} <= ${soon.toISOString()}::timestamptz`,
      );
    }
    case 'decided':
      return inArray(consultations.status, [...DECIDED_STATUSES]);
    case 'awaiting_mine': {
      const party = ctx.viewer?.role === 'delegate' ? ctx.viewer.partyCode : null;
      if (!party) return sql`false`;
      return and(
        eq(consultations.status, 'open'),
        sql`${consultations.sharedParties} @> array[${party}]::text[]`,
        sql`coalesce(${currentKindOf(party)}, 'no_instructions') = 'no_instructions'`,
        stillOpen,
      );
    }
  }
}

/** The list's own filters (besides access and archived), at `now`. */
export function consultationFilters(ctx: RequestContext, q: Partial<Pick<ListQuery, 'bodyId' | 'method' | 'status' | 'q'>> & { view: ConsultationView }, now: Date): (SQL | undefined)[] {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return [
    viewFilter(ctx, q.view, now),
    q.bodyId ? eq(consultations.bodyId, q.bodyId) : undefined,
    q.method ? eq(consultations.method, q.method) : undefined,
    q.status ? eq(consultations.status, q.status) : undefined,
    term ? like(consultations.searchText, containsPattern(term)) : undefined,
  ];
}

/** Consultations the viewer may see, in one of the views, with keyset pagination and the total. */
function listConsultationRows(db: Executor, ctx: RequestContext, q: ListQuery, now = new Date()) {
  return listPage(q, {
    rows: () => db.select({ c: consultations, closingSort: sql<Date>`${closingSortExpr}`.mapWith(consultations.updatedAt) }).from(consultations),
    count: () => db.select({ n: count() }).from(consultations),
    map: (r): ListedRow => ({ ...r.c, closingSort: r.closingSort }),
    id: consultations.id,
    access: visibleTo(ctx, consultations),
    archivedAt: consultations.archivedAt,
    where: consultationFilters(ctx, q, now),
    sortKeys,
  });
}

export async function listConsultations(deps: Deps, ctx: RequestContext, q: ListQuery) {
  const res = await listConsultationRows(deps.db, ctx, q);
  return { ...res, items: await consultationDtos(deps.db, ctx, res.items) };
}
