// The numbering service: gap-free numbers in series (decisions, notes verbales, document symbols), allocated inside the caller's transaction.
import { and, asc, eq, sql } from 'drizzle-orm';
import { type AllocatedNumber, type NumberFormatValues, parseNumberFormat, renderNumber } from '../../../shared/numbering.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { allocatedNumbers, numberCounters, numberSeries } from '../../db/schema/numbering.table.ts';
import { diff, recordAudit } from '../audit/audit.ts';
import { localDate, resolveTimeZone } from '../calendar/time-zones.ts';
import type { RequestContext } from '../context.ts';
import { badNumberFormat, badSeriesTimeZone, numberAlreadyCancelled, numberNotFound, seriesCountingFixed } from './numbering.errors.ts';

/** A series as its module defines it. The first allocation creates it; after that the stored format and counting win. */
export type SeriesSpec = {
  /** `<kind>:<scope>`, e.g. `decision:<meetingId>` or `note_verbale:ASEAN`. */
  key: string;
  format: string;
  /** Start again at 1 each year (the year of `at` in `timeZone`). */
  perYear?: boolean;
  timeZone?: string;
};

export type Allocation = { id: string; seriesKey: string; year: number | null; n: number; code: string };
type AllocatedRow = typeof allocatedNumbers.$inferSelect;

function checkedFormat(format: string) {
  const parsed = parseNumberFormat(format);
  if (!parsed.ok) throw badNumberFormat(parsed.reason);
  return parsed;
}

function seriesRow(spec: SeriesSpec) {
  const parsed = checkedFormat(spec.format);
  // A code must tell the years apart, or the same code would come round again.
  if (spec.perYear && !parsed.hasYear) throw badNumberFormat('A series counted per year needs the year in its format, as {yyyy} or {yy}.');
  const timeZone = resolveTimeZone(spec.timeZone ?? 'UTC');
  if (!timeZone) throw badSeriesTimeZone(spec.timeZone ?? '');
  return { key: spec.key, format: spec.format, perYear: spec.perYear ?? false, timeZone };
}

const findSeries = async (tx: Tx, key: string) => (await tx.select().from(numberSeries).where(eq(numberSeries.key, key)))[0];

/** Creates a series on its first use; when two transactions race to create it, the second waits and reads the first's. */
async function createSeries(tx: Tx, spec: SeriesSpec) {
  await tx.insert(numberSeries).values(seriesRow(spec)).onConflictDoNothing();
  return (await findSeries(tx, spec.key))!;
}

/**
 * Takes the next number of a series for a record, inside the caller's
 * transaction (the one that writes the record and its audit entry):
 *
 * - the series' counter row is incremented and stays locked until that
 *   transaction ends, so concurrent allocations in the series wait in turn
 *   and receive consecutive numbers;
 * - if the transaction rolls back, the increment rolls back too: a number is
 *   taken only when the record is, so a series has no gaps;
 * - the number is kept in the register with the record it was given to.
 *
 * The record's own audit entry records its code; the allocation adds none.
 */
export async function allocateNumber(
  tx: Tx,
  ctx: RequestContext,
  input: { series: SeriesSpec; record: { type: string; id: string }; values?: NumberFormatValues; at?: Date },
): Promise<Allocation> {
  const series = (await findSeries(tx, input.series.key)) ?? (await createSeries(tx, input.series));
  const year = series.perYear ? Number(localDate(input.at ?? new Date(), series.timeZone).slice(0, 4)) : 0;
  const [{ n }] = await tx
    .insert(numberCounters)
    .values({ seriesKey: series.key, year, last: 1 })
    .onConflictDoUpdate({ target: [numberCounters.seriesKey, numberCounters.year], set: { last: sql`${numberCounters.last} + 1` } })
    .returning({ n: numberCounters.last });
  const code = renderNumber(series.format, n, series.perYear ? year : null, input.values);
  const [row] = await tx
    .insert(allocatedNumbers)
    .values({ seriesKey: series.key, year, n, code, recordType: input.record.type, recordId: input.record.id, allocatedBy: ctx.viewer?.id ?? null })
    .returning();
  return { id: row.id, seriesKey: row.seriesKey, year: series.perYear ? year : null, n, code };
}

/**
 * Defines or changes a series' format (e.g. an administrator setting the
 * register format of notes verbales), audited. Numbers already allocated keep
 * their codes. Whether it counts per year is fixed once it has numbers.
 */
export async function configureSeries(tx: Tx, ctx: RequestContext, spec: SeriesSpec) {
  const values = seriesRow(spec);
  const [before] = await tx.select().from(numberSeries).where(eq(numberSeries.key, spec.key)).for('update');
  if (before && before.perYear !== values.perYear) {
    const [used] = await tx.select({ key: numberCounters.seriesKey }).from(numberCounters).where(eq(numberCounters.seriesKey, spec.key)).limit(1);
    if (used) throw seriesCountingFixed(spec.key);
  }
  const [after] = await tx
    .insert(numberSeries)
    .values(values)
    .onConflictDoUpdate({ target: numberSeries.key, set: { format: values.format, perYear: values.perYear, timeZone: values.timeZone, updatedAt: new Date() } })
    .returning();
  const changes = diff(before ?? null, after, ['format', 'perYear', 'timeZone']);
  if (Object.keys(changes).length) await recordAudit(tx, ctx, { action: before ? 'number_series.update' : 'number_series.create', recordType: 'number_series', recordId: spec.key, changes });
  return after;
}

/**
 * Marks a number cancelled (e.g. a note verbale registered in error). It stays
 * in the register as cancelled and is never given again. Audited.
 */
export async function cancelNumber(tx: Tx, ctx: RequestContext, input: { seriesKey: string; code: string; reason: string }) {
  const [current] = await tx
    .select()
    .from(allocatedNumbers)
    .where(and(eq(allocatedNumbers.seriesKey, input.seriesKey), eq(allocatedNumbers.code, input.code)))
    .for('update');
  if (!current) throw numberNotFound();
  if (current.status === 'cancelled') throw numberAlreadyCancelled(current.code);
  const [after] = await tx
    .update(allocatedNumbers)
    .set({ status: 'cancelled', cancelledAt: new Date(), cancelledBy: ctx.viewer?.id ?? null, cancelReason: input.reason })
    .where(eq(allocatedNumbers.id, current.id))
    .returning();
  await recordAudit(tx, ctx, { action: 'number.cancel', recordType: 'allocated_number', recordId: current.id, changes: diff(current, after, ['code', 'status', 'cancelReason']) });
  return toAllocatedNumber(after);
}

export const toAllocatedNumber = (r: AllocatedRow): AllocatedNumber => ({
  id: r.id,
  seriesKey: r.seriesKey,
  year: r.year === 0 ? null : r.year,
  n: r.n,
  code: r.code,
  recordType: r.recordType,
  recordId: r.recordId,
  status: r.status,
  allocatedAt: r.allocatedAt.toISOString(),
  allocatedBy: r.allocatedBy,
  cancelledAt: r.cancelledAt?.toISOString() ?? null,
  cancelReason: r.cancelReason,
});

/**
 * A series' register in order, cancelled numbers included. The register is not
 * itself classified: a module shows it only through records its reader may see.
 */
export async function seriesRegister(db: Executor, seriesKey: string, year?: number): Promise<AllocatedNumber[]> {
  const rows = await db
    .select()
    .from(allocatedNumbers)
    .where(and(eq(allocatedNumbers.seriesKey, seriesKey), year === undefined ? undefined : eq(allocatedNumbers.year, year)))
    .orderBy(asc(allocatedNumbers.year), asc(allocatedNumbers.n));
  return rows.map(toAllocatedNumber);
}

/** The numbers a record was given, oldest first. */
export async function numbersOfRecord(db: Executor, recordType: string, recordId: string): Promise<AllocatedNumber[]> {
  const rows = await db
    .select()
    .from(allocatedNumbers)
    .where(and(eq(allocatedNumbers.recordType, recordType), eq(allocatedNumbers.recordId, recordId)))
    .orderBy(asc(allocatedNumbers.allocatedAt), asc(allocatedNumbers.n));
  return rows.map(toAllocatedNumber);
}
