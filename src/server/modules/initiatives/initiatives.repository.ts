// Queries on initiatives and their parts (sectors, history, budgets, transactions, participants, milestones), each scoped by the access policy.
import { and, arrayContains, asc, count, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { initiativeListQuerySchema } from '../../../shared/initiatives.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import {
  initiativeBudgets,
  initiativeDacSectors,
  initiativeMilestones,
  initiativeParticipants,
  initiativeStageChanges,
  initiativeTransactions,
  initiatives,
} from '../../db/schema/initiatives.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type BudgetRow = typeof initiativeBudgets.$inferSelect;
export type TransactionRow = typeof initiativeTransactions.$inferSelect;
export type DacSectorRow = typeof initiativeDacSectors.$inferSelect;

const sortKeys: Record<'reference' | 'title' | 'updatedAt' | 'stageChangedAt', SortKey<InitiativeRow>> = {
  reference: { expr: sql`${initiatives.reference}`, value: (r) => r.reference, type: 'text' },
  title: { expr: sql`lower(${initiatives.titleEn})`, value: (r) => r.titleEn, type: 'text', wrap: (v) => sql`lower(${v})` },
  updatedAt: { expr: sql`${initiatives.updatedAt}`, value: (r) => r.updatedAt, type: 'timestamptz' },
  stageChangedAt: { expr: sql`${initiatives.stageChangedAt}`, value: (r) => r.stageChangedAt, type: 'timestamptz' },
};

export async function findInitiative(db: Executor, ctx: RequestContext, id: string): Promise<InitiativeRow | null> {
  const [row] = await db.select().from(initiatives).where(and(eq(initiatives.id, id), visibleTo(ctx, initiatives))).limit(1);
  return row ?? null;
}

type Filters = Pick<z.output<typeof initiativeListQuerySchema>, 'stage' | 'sector' | 'dacCode' | 'party' | 'fundId' | 'year' | 'q'>;

/** The table's own filters (besides access and archived); the totals row and the exports use the same. */
export function initiativeFilters(q: Filters): (SQL | undefined)[] {
  const term = q.q ? normaliseForSearch(q.q) : '';
  const yearStart = q.year ? `${q.year}-01-01` : null;
  const yearEnd = q.year ? `${q.year}-12-31` : null;
  return [
    q.stage ? eq(initiatives.stage, q.stage) : undefined,
    q.sector ? arrayContains(initiatives.sectors, [q.sector]) : undefined,
    q.dacCode
      ? sql`exists (select 1 from ${initiativeDacSectors} where ${initiativeDacSectors.initiativeId} = ${initiatives.id} and ${initiativeDacSectors.code} = ${q.dacCode})`
      : undefined,
    q.party
      ? or(eq(initiatives.proponentPartyCode, q.party), arrayContains(initiatives.memberParties, [q.party]), arrayContains(initiatives.recipientCountries, [q.party]))
      : undefined,
    q.fundId ? eq(initiatives.fundId, q.fundId) : undefined,
    yearStart && yearEnd
      ? sql`coalesce(${initiatives.actualStart}, ${initiatives.plannedStart}) <= ${yearEnd}::date and coalesce(${initiatives.actualEnd}, ${initiatives.plannedEnd}, ${yearEnd}::date) >= ${yearStart}::date`
      : undefined,
    term ? like(initiatives.searchText, containsPattern(term)) : undefined,
  ];
}

export async function listInitiatives(db: Executor, ctx: RequestContext, q: z.output<typeof initiativeListQuerySchema>) {
  return listPage(q, {
    rows: () => db.select().from(initiatives),
    count: () => db.select({ n: count() }).from(initiatives),
    map: (r: InitiativeRow) => r,
    id: initiatives.id,
    access: visibleTo(ctx, initiatives),
    archivedAt: initiatives.archivedAt,
    where: initiativeFilters(q),
    sortKeys,
  });
}

/** Rows of a part table for the given initiatives, grouped by initiative (the caller has checked visibility). */
async function grouped<R extends { initiativeId: string }>(ids: string[], load: () => Promise<R[]>): Promise<Map<string, R[]>> {
  const by = new Map<string, R[]>();
  if (ids.length === 0) return by;
  for (const r of await load()) by.set(r.initiativeId, [...(by.get(r.initiativeId) ?? []), r]);
  return by;
}

export const dacSectorsOf = (db: Executor, ids: string[]) =>
  grouped(ids, () => db.select().from(initiativeDacSectors).where(inArray(initiativeDacSectors.initiativeId, ids)).orderBy(asc(initiativeDacSectors.position)));

export const budgetsOf = (db: Executor, ids: string[]) =>
  grouped(ids, () => db.select().from(initiativeBudgets).where(inArray(initiativeBudgets.initiativeId, ids)).orderBy(asc(initiativeBudgets.periodStart), asc(initiativeBudgets.type), asc(initiativeBudgets.id)));

export const transactionsOf = (db: Executor, ids: string[]) =>
  grouped(ids, () =>
    db.select().from(initiativeTransactions).where(inArray(initiativeTransactions.initiativeId, ids)).orderBy(asc(initiativeTransactions.date), asc(initiativeTransactions.createdAt), asc(initiativeTransactions.id)),
  );

export const participantsOf = (db: Executor, ids: string[]) =>
  grouped(ids, () => db.select().from(initiativeParticipants).where(inArray(initiativeParticipants.initiativeId, ids)).orderBy(asc(initiativeParticipants.role), asc(initiativeParticipants.name)));

export const milestonesOf = (db: Executor, ids: string[]) =>
  grouped(ids, () => db.select().from(initiativeMilestones).where(inArray(initiativeMilestones.initiativeId, ids)).orderBy(asc(initiativeMilestones.plannedDate), asc(initiativeMilestones.id)));

export async function historyOf(db: Executor, id: string) {
  return db
    .select({
      id: initiativeStageChanges.id,
      fromStage: initiativeStageChanges.fromStage,
      toStage: initiativeStageChanges.toStage,
      reason: initiativeStageChanges.reason,
      at: initiativeStageChanges.at,
      byName: users.displayName,
    })
    .from(initiativeStageChanges)
    .leftJoin(users, eq(users.id, initiativeStageChanges.byUserId))
    .where(eq(initiativeStageChanges.initiativeId, id))
    .orderBy(asc(initiativeStageChanges.at), asc(initiativeStageChanges.id));
}
