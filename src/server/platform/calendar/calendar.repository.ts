// Queries on calendar items overlapping a range, each scoped by the access policy.
import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { calendarItems } from '../../db/schema/calendar.table.ts';
import { visibleTo } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';

export type CalendarItemRow = typeof calendarItems.$inferSelect;

/**
 * Items overlapping [from, to): an item with an end overlaps when it starts
 * before `to` and ends after `from`; a moment (no end, or a zero-length item)
 * when it falls inside the range.
 */
function overlaps(from: Date, to: Date): SQL {
  const f = sql`${from.toISOString()}::timestamptz`;
  const t = sql`${to.toISOString()}::timestamptz`;
  return sql`(${calendarItems.startsAt} < ${t} and (coalesce(${calendarItems.endsAt}, ${calendarItems.startsAt}) > ${f} or ${calendarItems.startsAt} >= ${f}))`;
}

export type RangeFilter = {
  from: Date;
  to: Date;
  modules?: string[];
  groups?: string[];
  kinds?: string[];
  includeCancelled: boolean;
  limit: number;
};

/** The items in a range that the user in `ctx` may see, in start order. */
export async function itemsInRange(db: Executor, ctx: RequestContext, f: RangeFilter): Promise<CalendarItemRow[]> {
  const where: (SQL | undefined)[] = [
    visibleTo(ctx, calendarItems),
    overlaps(f.from, f.to),
    f.modules?.length ? inArray(calendarItems.module, f.modules) : undefined,
    f.groups?.length ? inArray(calendarItems.groupKey, f.groups) : undefined,
    f.kinds?.length ? inArray(calendarItems.kind, f.kinds as CalendarItemRow['kind'][]) : undefined,
    f.includeCancelled ? undefined : ne(calendarItems.status, 'cancelled'),
  ];
  return db
    .select()
    .from(calendarItems)
    .where(and(...where))
    .orderBy(asc(calendarItems.startsAt), asc(calendarItems.id))
    .limit(f.limit);
}

/** One item, when the user may see it. */
export async function findItem(db: Executor, ctx: RequestContext, id: string): Promise<CalendarItemRow | null> {
  const [row] = await db
    .select()
    .from(calendarItems)
    .where(and(eq(calendarItems.id, id), visibleTo(ctx, calendarItems)))
    .limit(1);
  return row ?? null;
}
