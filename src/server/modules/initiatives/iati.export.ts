// IATI 2.03 activity XML of the initiatives a reader may see and that are marked for publication: a pure projection of the stored facts, built with xmlbuilder2.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { ACTIVITY_STATUS_OF_STAGE } from '../../../shared/initiatives.ts';
import { type Money, toDecimalString } from '../../../shared/money.ts';
import { initiatives } from '../../db/schema/initiatives.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { moneyOf } from '../../platform/records/money.ts';
import { initiativeNotFound } from './initiatives.errors.ts';
import { reportsOf } from './progress.repository.ts';
import { STORED_TEXT_LANGUAGE, text } from '../../platform/i18n/texts.ts';
import { type InitiativeRow, budgetsOf, dacSectorsOf, participantsOf, transactionsOf } from './initiatives.repository.ts';

/**
 * The organisation that reports: the mission. Its identifier follows the IATI
 * form `{agency}-{number}` with a placeholder agency `XI-CHANCERY` until the
 * mission registers a real one (domain.md §3.3).
 */
export const REPORTING_ORG = { ref: 'XI-CHANCERY-MISSION', type: '10', name: 'Permanent Mission to ASEAN' };

const activityId = (i: InitiativeRow) => `${REPORTING_ORG.ref}-${i.reference}`;
const narrative = (el: XMLBuilder, text: string, lang?: string) => (lang ? el.ele('narrative', { 'xml:lang': lang }).txt(text) : el.ele('narrative').txt(text));
const value = (el: XMLBuilder, m: Money, valueDate: string) => el.ele('value', { currency: m.currency, 'value-date': valueDate }).txt(toDecimalString(m));

/** Shares of 100 spread over `n` items in whole percent, the remainder on the first. */
function shares(n: number): number[] {
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? 100 - base * (n - 1) : base));
}

type Parts = {
  sectors: Awaited<ReturnType<typeof dacSectorsOf>>;
  budgets: Awaited<ReturnType<typeof budgetsOf>>;
  transactions: Awaited<ReturnType<typeof transactionsOf>>;
  participants: Awaited<ReturnType<typeof participantsOf>>;
  reports: Awaited<ReturnType<typeof reportsOf>>;
};

const numberText = (v: string) => String(Number(v));

/**
 * The indicators of the filed progress reports as one IATI result (type 1,
 * output): an indicator per title and unit, its baseline from the first
 * report that gives one, a period per report with its target and actual.
 * Measure 2 (percentage) for the unit `%`, 1 (unit) otherwise.
 */
function results(a: XMLBuilder, reports: Parts['reports'] extends Map<string, infer R> ? R : never) {
  const byIndicator = new Map<string, { title: string; unit: string; rows: { report: (typeof reports)[number]; ind: (typeof reports)[number]['indicators'][number] }[] }>();
  for (const report of reports.filter((r) => r.submittedOn)) {
    for (const ind of report.indicators) {
      const key = `${ind.title}\u0000${ind.unit}`;
      const entry = byIndicator.get(key) ?? { title: ind.title, unit: ind.unit, rows: [] };
      entry.rows.push({ report, ind });
      byIndicator.set(key, entry);
    }
  }
  if (byIndicator.size === 0) return;
  const result = a.ele('result', { type: '1' });
  narrative(result.ele('title'), text(STORED_TEXT_LANGUAGE, 'initiatives.iati.resultTitle'));
  for (const { title, unit, rows } of byIndicator.values()) {
    const first = rows.find((r) => r.ind.baseline !== null);
    const last = rows.at(-1)!;
    const ascending = last.ind.target === null || first?.ind.baseline == null || Number(last.ind.target) >= Number(first.ind.baseline);
    const el = result.ele('indicator', { measure: unit === '%' ? '2' : '1', ascending: String(ascending) });
    narrative(el.ele('title'), title);
    narrative(el.ele('description'), text(STORED_TEXT_LANGUAGE, 'initiatives.iati.unit', { unit }));
    if (first && first.ind.baseline !== null) {
      el.ele('baseline', { year: String(first.ind.baselineYear ?? Number(first.report.periodStart.slice(0, 4))), value: numberText(first.ind.baseline) });
    }
    for (const { report, ind } of rows) {
      const period = el.ele('period');
      period.ele('period-start', { 'iso-date': report.periodStart });
      period.ele('period-end', { 'iso-date': report.periodEnd });
      if (ind.target !== null) period.ele('target', { value: numberText(ind.target) });
      if (ind.actual !== null) period.ele('actual', { value: numberText(ind.actual) });
    }
  }
}

/** One `iati-activity`, its children in the order the 2.03 schema fixes. */
function activity(root: XMLBuilder, i: InitiativeRow, p: Parts) {
  const a = root.ele('iati-activity', { 'last-updated-datetime': i.updatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'), 'xml:lang': 'en', 'default-currency': i.currency });
  a.ele('iati-identifier').txt(activityId(i));
  narrative(a.ele('reporting-org', { ref: REPORTING_ORG.ref, type: REPORTING_ORG.type }), REPORTING_ORG.name);
  const title = a.ele('title');
  narrative(title, i.titleEn);
  if (i.titleRu) narrative(title, i.titleRu, 'ru');
  narrative(a.ele('description', { type: '1' }), i.description ?? i.titleEn);
  if (i.objectives) narrative(a.ele('description', { type: '2' }), i.objectives);
  const participants = p.participants.get(i.id) ?? [];
  if (participants.length === 0) narrative(a.ele('participating-org', { role: '2', ref: REPORTING_ORG.ref, type: REPORTING_ORG.type }), REPORTING_ORG.name);
  for (const o of participants) {
    narrative(a.ele('participating-org', { role: o.role, ...(o.iatiRef ? { ref: o.iatiRef } : {}), ...(o.iatiType ? { type: o.iatiType } : {}) }), o.name);
  }
  a.ele('activity-status', { code: ACTIVITY_STATUS_OF_STAGE[i.stage] });
  const dates: [string, string | null][] = [
    ['1', i.plannedStart],
    ['2', i.actualStart],
    ['3', i.plannedEnd],
    ['4', i.actualEnd],
  ];
  const given = dates.filter((d): d is [string, string] => d[1] !== null);
  // The schema asks for at least one date: without any, the day the initiative was recorded stands as its planned start.
  for (const [type, date] of given.length ? given : [['1', i.createdAt.toISOString().slice(0, 10)] as [string, string]]) a.ele('activity-date', { type, 'iso-date': date });
  if (i.recipientCountries.length) {
    const pct = shares(i.recipientCountries.length);
    for (const [k, code] of i.recipientCountries.entries()) a.ele('recipient-country', { code, percentage: String(pct[k]) });
  } else if (i.recipientRegion) {
    a.ele('recipient-region', { code: i.recipientRegion, vocabulary: '1', percentage: '100' });
  }
  for (const s of p.sectors.get(i.id) ?? []) a.ele('sector', { vocabulary: '1', code: s.code, percentage: String(s.percentage) });
  for (const b of p.budgets.get(i.id) ?? []) {
    const el = a.ele('budget', { type: b.type, status: '1' });
    el.ele('period-start', { 'iso-date': b.periodStart });
    el.ele('period-end', { 'iso-date': b.periodEnd });
    value(el, moneyOf(b, 'value') as Money, b.periodStart);
  }
  for (const t of p.transactions.get(i.id) ?? []) {
    const el = a.ele('transaction');
    el.ele('transaction-type', { code: t.type });
    el.ele('transaction-date', { 'iso-date': t.date });
    value(el, moneyOf(t, 'value') as Money, t.date);
    if (t.description) narrative(el.ele('description'), t.description);
    if (t.providerName) narrative(el.ele('provider-org'), t.providerName);
    if (t.receiverName) narrative(el.ele('receiver-org'), t.receiverName);
  }
  results(a, p.reports.get(i.id) ?? []);
}

/** The document for `rows`: `iati-activities` version 2.03 with one activity each. */
async function iatiDocument(deps: Deps, rows: InitiativeRow[], now: Date) {
  const ids = rows.map((r) => r.id);
  const [sectors, budgets, transactions, participants, reports] = await Promise.all([
    dacSectorsOf(deps.db, ids),
    budgetsOf(deps.db, ids),
    transactionsOf(deps.db, ids),
    participantsOf(deps.db, ids),
    reportsOf(deps.db, ids),
  ]);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('iati-activities', { version: '2.03', 'generated-datetime': now.toISOString().replace(/\.\d{3}Z$/, 'Z') });
  for (const r of rows) activity(root, r, { sectors, budgets, transactions, participants, reports });
  return root.end({ prettyPrint: true });
}

/** The initiatives `ctx` may see that are marked for publication and not archived, in reference order. */
export async function iatiExport(deps: Deps, ctx: RequestContext, now = new Date()) {
  const rows = await deps.db
    .select()
    .from(initiatives)
    .where(and(visibleTo(ctx, initiatives), eq(initiatives.iatiPublish, true), isNull(initiatives.archivedAt)))
    .orderBy(asc(initiatives.reference));
  return iatiDocument(deps, rows, now);
}

/** One initiative `ctx` may see, whether or not it is marked for publication (a preview of its record). */
export async function iatiExportOne(deps: Deps, ctx: RequestContext, id: string, now = new Date()) {
  const [row] = await deps.db.select().from(initiatives).where(and(eq(initiatives.id, id), visibleTo(ctx, initiatives)));
  if (!row) throw initiativeNotFound();
  return iatiDocument(deps, [row], now);
}
