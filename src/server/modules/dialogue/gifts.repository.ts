// Queries on gifts and their custody history, scoped by the access policy: the register with its filters.
import { and, asc, count, eq, gt, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { giftListQuerySchema } from '../../../shared/dialogue.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { giftCustody, gifts } from '../../db/schema/dialogue.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import { listPage, type SortKey } from '../../platform/records/list-page.ts';
import { containsPattern, normaliseForSearch } from '../../platform/text.ts';

export type GiftRow = typeof gifts.$inferSelect;

const sortKeys: Record<'date', SortKey<GiftRow>> = {
  date: { expr: sql`${gifts.date}::text`, value: (r) => r.date, type: 'text' },
};

export async function findGift(db: Executor, ctx: RequestContext, id: string): Promise<GiftRow | null> {
  const [row] = await db.select().from(gifts).where(and(eq(gifts.id, id), visibleTo(ctx, gifts))).limit(1);
  return row ?? null;
}

type Filters = Pick<z.output<typeof giftListQuerySchema>, 'year' | 'direction' | 'disposition' | 'valueAbove' | 'currency' | 'q'>;

/** The register's filters; the yearly report uses the same. */
export function giftFilters(q: Filters): (SQL | undefined)[] {
  const term = q.q ? normaliseForSearch(q.q) : '';
  return [
    q.year ? sql`extract(year from ${gifts.date}) = ${q.year}` : undefined,
    q.direction ? eq(gifts.direction, q.direction) : undefined,
    q.disposition ? eq(gifts.disposition, q.disposition) : undefined,
    q.valueAbove !== undefined ? gt(gifts.valueMinor, q.valueAbove) : undefined,
    q.currency ? eq(gifts.valueCurrency, q.currency) : undefined,
    term ? like(gifts.searchText, containsPattern(term)) : undefined,
  ];
}

export function listGifts(db: Executor, ctx: RequestContext, q: z.output<typeof giftListQuerySchema>) {
  return listPage(q, {
    rows: () => db.select().from(gifts),
    count: () => db.select({ n: count() }).from(gifts),
    map: (r: GiftRow) => r,
    id: gifts.id,
    access: visibleTo(ctx, gifts),
    archivedAt: gifts.archivedAt,
    where: giftFilters(q),
    sortKeys,
  });
}

/** Every gift of a year the reader may see (not archived), by date: the yearly report. */
export const giftsOfYear = (db: Executor, ctx: RequestContext, year: number) =>
  db
    .select()
    .from(gifts)
    .where(and(visibleTo(ctx, gifts), sql`${gifts.archivedAt} is null`, ...giftFilters({ year }).filter((x): x is SQL => !!x)))
    .orderBy(asc(gifts.date), asc(gifts.reference));

/** Custody history of the given (visible) gifts, oldest first. */
export async function custodyOf(db: Executor, ids: string[]) {
  const by = new Map<string, { disposition: GiftRow['disposition']; location: string | null; note: string | null; at: Date; byName: string | null }[]>();
  if (ids.length === 0) return by;
  const rows = await db
    .select({ giftId: giftCustody.giftId, disposition: giftCustody.disposition, location: giftCustody.location, note: giftCustody.note, at: giftCustody.at, byName: users.displayName })
    .from(giftCustody)
    .leftJoin(users, eq(users.id, giftCustody.byUserId))
    .where(inArray(giftCustody.giftId, ids))
    .orderBy(asc(giftCustody.at), asc(giftCustody.id));
  for (const { giftId, ...r } of rows) by.set(giftId, [...(by.get(giftId) ?? []), r]);
  return by;
}
