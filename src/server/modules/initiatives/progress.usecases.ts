// Progress reports (period, narrative, percent complete, indicators) and risks (likelihood × impact, mitigation, owner) of an initiative; each write locks the initiative and is audited.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { indicatorInputSchema, reportInputSchema, reportUpdateSchema, riskInputSchema, riskUpdateSchema } from '../../../shared/initiatives.ts';
import type { Tx } from '../../db/client.ts';
import { initiativeReportIndicators, initiativeReports, initiativeRisks } from '../../db/schema/initiatives.table.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { localDate } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { withRecordForWrite } from '../../platform/records/write.ts';
import { syncInitiativeCalendar, MISSION_TIME_ZONE } from './initiatives.calendar.ts';
import { initiativeNotFound, invalidPeriod, reportNotFound, riskNotFound } from './initiatives.errors.ts';
import { findInitiative } from './initiatives.repository.ts';
import { initiativeRecord } from './initiatives.usecases.ts';
import { type IndicatorRow, type ReportRow, type RiskRow, reportsOf, risksOf } from './progress.repository.ts';
import { scheduleReportReminder } from './reminders.job.ts';

type ReportInput = z.output<typeof reportInputSchema>;
type IndicatorInput = z.output<typeof indicatorInputSchema>;
const ref = (id: string) => ({ recordType: 'initiative', recordId: id });
const num = (v: string | null) => (v === null ? null : Number(v));
const dec = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

async function visible(deps: Deps, ctx: RequestContext, id: string) {
  const i = await findInitiative(deps.db, ctx, id);
  if (!i) throw initiativeNotFound();
  return i;
}

// ---------- progress reports ----------
const toIndicator = (x: IndicatorRow) => ({ id: x.id, title: x.title, unit: x.unit, baselineYear: x.baselineYear, baseline: num(x.baseline), target: num(x.target), actual: num(x.actual) });
export const toReport = (r: ReportRow & { indicators: IndicatorRow[] }, today: string) => ({
  id: r.id,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  dueDate: r.dueDate,
  submittedOn: r.submittedOn,
  narrative: r.narrative,
  percentComplete: r.percentComplete,
  indicators: r.indicators.map(toIndicator),
  overdue: !r.submittedOn && r.dueDate !== null && r.dueDate < today,
});

/** Today at the mission (Jakarta), against which due dates are read. */
export const missionToday = (now = new Date()) => localDate(now, MISSION_TIME_ZONE);

export async function listReports(deps: Deps, ctx: RequestContext, id: string) {
  await visible(deps, ctx, id);
  const today = missionToday();
  return { items: ((await reportsOf(deps.db, [id])).get(id) ?? []).map((r) => toReport(r, today)) };
}

async function writeIndicators(tx: Tx, reportId: string, indicators: IndicatorInput[]) {
  await tx.delete(initiativeReportIndicators).where(eq(initiativeReportIndicators.reportId, reportId));
  if (indicators.length === 0) return;
  await tx.insert(initiativeReportIndicators).values(
    indicators.map((x, position) => ({ reportId, title: x.title, unit: x.unit, baselineYear: x.baselineYear ?? null, baseline: dec(x.baseline), target: dec(x.target), actual: dec(x.actual), position })),
  );
}

async function reportAsStored(tx: Tx, initiativeId: string, reportId: string) {
  return ((await reportsOf(tx, [initiativeId])).get(initiativeId) ?? []).find((r) => r.id === reportId);
}

/** Files a progress report (or plans one still expected, with its due date). */
export async function addReport(deps: Deps, ctx: RequestContext, id: string, input: ReportInput) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, i) => {
    if (input.periodEnd < input.periodStart) throw invalidPeriod('periodEnd');
    const [row] = await tx
      .insert(initiativeReports)
      .values({
        initiativeId: id,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        dueDate: input.dueDate ?? null,
        submittedOn: input.submittedOn ?? null,
        narrative: input.narrative ?? null,
        percentComplete: input.percentComplete ?? null,
      })
      .returning();
    await writeIndicators(tx, row.id, input.indicators);
    const after = await reportAsStored(tx, id, row.id);
    await recordAudit(tx, ctx, { action: 'initiative.report_add', ...ref(id), changes: { report: { after: after && toReport(after, missionToday()) } } });
    await scheduleReportReminder(tx, row);
    await syncInitiativeCalendar(tx, i);
  });
}

/** Changes a report, e.g. files one that was expected; `indicators`, when sent, replaces its list. */
export async function updateReport(deps: Deps, ctx: RequestContext, id: string, reportId: string, input: z.output<typeof reportUpdateSchema>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx, i) => {
    const before = await reportAsStored(tx, id, reportId);
    if (!before) throw reportNotFound();
    const { indicators, ...fields } = input;
    const next = { ...before, ...definedOnly(fields) };
    if (next.periodEnd < next.periodStart) throw invalidPeriod('periodEnd');
    const [row] = await tx
      .update(initiativeReports)
      .set({ ...definedOnly(fields), updatedAt: new Date() })
      .where(eq(initiativeReports.id, reportId))
      .returning();
    if (indicators) await writeIndicators(tx, reportId, indicators);
    const after = await reportAsStored(tx, id, reportId);
    const today = missionToday();
    await recordAudit(tx, ctx, { action: 'initiative.report_update', ...ref(id), changes: { report: { before: toReport(before, today), after: after && toReport(after, today) } } });
    await scheduleReportReminder(tx, row);
    await syncInitiativeCalendar(tx, i);
  });
  return listReports(deps, ctx, id);
}

// ---------- risks ----------
export const toRisk = (r: RiskRow) => ({ id: r.id, title: r.title, likelihood: r.likelihood, impact: r.impact, score: r.likelihood * r.impact, mitigation: r.mitigation, owner: r.owner, status: r.status });

/** Open risks first, the highest likelihood × impact first. */
export async function listRisks(deps: Deps, ctx: RequestContext, id: string) {
  await visible(deps, ctx, id);
  const items = ((await risksOf(deps.db, [id])).get(id) ?? []).map(toRisk);
  items.sort((a, b) => (a.status === b.status ? b.score - a.score : a.status === 'open' ? -1 : 1));
  return { items };
}

export async function addRisk(deps: Deps, ctx: RequestContext, id: string, input: z.output<typeof riskInputSchema>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx) => {
    const [row] = await tx
      .insert(initiativeRisks)
      .values({ initiativeId: id, title: input.title, likelihood: input.likelihood, impact: input.impact, mitigation: input.mitigation ?? null, owner: input.owner ?? null, status: input.status })
      .returning();
    await recordAudit(tx, ctx, { action: 'initiative.risk_add', ...ref(id), changes: { risk: { after: toRisk(row) } } });
  });
}

export async function updateRisk(deps: Deps, ctx: RequestContext, id: string, riskId: string, input: z.output<typeof riskUpdateSchema>) {
  await withRecordForWrite(deps, ctx, initiativeRecord, id, 'update', async (tx) => {
    const [before] = await tx.select().from(initiativeRisks).where(and(eq(initiativeRisks.id, riskId), eq(initiativeRisks.initiativeId, id)));
    if (!before) throw riskNotFound();
    const [after] = await tx
      .update(initiativeRisks)
      .set({ ...definedOnly(input), updatedAt: new Date() })
      .where(eq(initiativeRisks.id, riskId))
      .returning();
    await recordAudit(tx, ctx, { action: 'initiative.risk_update', ...ref(id), changes: { risk: { before: toRisk(before), after: toRisk(after) } } });
  });
  return listRisks(deps, ctx, id);
}
