// Queries on liaison requests and their steps, each scoped by the access policy.
import { and, asc, eq, inArray, like, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { FINAL_LIAISON_STATUSES, type liaisonRequestListQuerySchema } from '../../../shared/liaison.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { liaisonRequests, liaisonSteps } from '../../db/schema/liaison.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listRecords, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type LiaisonRequestRow = typeof liaisonRequests.$inferSelect;

const sortKeys: Record<'reference' | 'targetDate' | 'updatedAt', SortKey<LiaisonRequestRow>> = {
  reference: { expr: sql`${liaisonRequests.reference}`, value: (r) => r.reference, type: 'text' },
  targetDate: { expr: sql`coalesce(${liaisonRequests.targetDate}::text, '9999-12-31')`, value: (r) => r.targetDate ?? '9999-12-31', type: 'text' },
  updatedAt: { expr: sql`${liaisonRequests.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
};

export async function findLiaisonRequest(db: Executor, ctx: RequestContext, id: string): Promise<LiaisonRequestRow | null> {
  const [row] = await db.select().from(liaisonRequests).where(and(eq(liaisonRequests.id, id), visibleTo(ctx, liaisonRequests))).limit(1);
  return row ?? null;
}

/** Open requests whose target date has passed (`today` is the mission's date). */
export const overdueWhere = (today: string) =>
  and(sql`${liaisonRequests.targetDate} < ${today}::date`, notInArray(liaisonRequests.status, [...FINAL_LIAISON_STATUSES]));

type Query = z.output<typeof liaisonRequestListQuerySchema>;

export function liaisonRequestFilters(q: Omit<Query, 'limit' | 'cursor' | 'sort' | 'archived'>, today: string): (SQL | undefined)[] {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return [
    q.status ? eq(liaisonRequests.status, q.status) : undefined,
    q.organizationId ? or(eq(liaisonRequests.requestingOrganizationId, q.organizationId), eq(liaisonRequests.targetOrganizationId, q.organizationId)) : undefined,
    q.agreementId ? eq(liaisonRequests.agreementId, q.agreementId) : undefined,
    q.overdue === 'true' ? overdueWhere(today) : undefined,
    term ? like(liaisonRequests.searchText, containsPattern(term)) : undefined,
  ];
}

export const listLiaisonRequestRows = (db: Executor, ctx: RequestContext, q: Query, today: string) =>
  listRecords(db, ctx, liaisonRequests, q, { where: liaisonRequestFilters(q, today), sortKeys });

/** The steps of visible requests (the caller has checked visibility), in order, with who took them. */
export async function stepsOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: liaisonSteps.id,
      requestId: liaisonSteps.requestId,
      on: liaisonSteps.on,
      action: liaisonSteps.action,
      fromStatus: liaisonSteps.fromStatus,
      toStatus: liaisonSteps.toStatus,
      at: liaisonSteps.at,
      byName: users.displayName,
      byRole: users.role,
      byOrganizationId: users.organizationId,
    })
    .from(liaisonSteps)
    .leftJoin(users, eq(users.id, liaisonSteps.byUserId))
    .where(inArray(liaisonSteps.requestId, ids))
    .orderBy(asc(liaisonSteps.on), asc(liaisonSteps.at), asc(liaisonSteps.id));
}
