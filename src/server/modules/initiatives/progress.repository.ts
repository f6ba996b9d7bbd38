// Queries on an initiative's progress reports (with their indicators) and risks; the caller has checked that the initiative is visible.
import { asc, desc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { initiativeReportIndicators, initiativeReports, initiativeRisks } from '../../db/schema/initiatives.table.ts';

export type ReportRow = typeof initiativeReports.$inferSelect;
export type IndicatorRow = typeof initiativeReportIndicators.$inferSelect;
export type RiskRow = typeof initiativeRisks.$inferSelect;

function groupBy<R, K extends keyof R>(rows: R[], key: K): Map<R[K], R[]> {
  const by = new Map<R[K], R[]>();
  for (const r of rows) by.set(r[key], [...(by.get(r[key]) ?? []), r]);
  return by;
}

/** The reports of the given initiatives by period, each with its indicators in order. */
export async function reportsOf(db: Executor, ids: string[]): Promise<Map<string, (ReportRow & { indicators: IndicatorRow[] })[]>> {
  if (ids.length === 0) return new Map();
  const reports = await db.select().from(initiativeReports).where(inArray(initiativeReports.initiativeId, ids)).orderBy(asc(initiativeReports.periodStart), asc(initiativeReports.id));
  const indicators = reports.length
    ? groupBy(
        await db
          .select()
          .from(initiativeReportIndicators)
          .where(
            inArray(
              initiativeReportIndicators.reportId,
              reports.map((r) => r.id),
            ),
          )
          .orderBy(asc(initiativeReportIndicators.position), asc(initiativeReportIndicators.id)),
        'reportId',
      )
    : new Map<string, IndicatorRow[]>();
  return groupBy(
    reports.map((r) => ({ ...r, indicators: indicators.get(r.id) ?? [] })),
    'initiativeId',
  );
}

/** The risks of the given initiatives, open first, the highest score first. */
export async function risksOf(db: Executor, ids: string[]): Promise<Map<string, RiskRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(initiativeRisks).where(inArray(initiativeRisks.initiativeId, ids)).orderBy(desc(initiativeRisks.status), asc(initiativeRisks.createdAt), asc(initiativeRisks.id));
  return groupBy(rows, 'initiativeId');
}
