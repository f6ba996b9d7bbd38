// The initiatives table as CSV (csv-stringify) or XLSX (exceljs): every row of the current view the reader may see, in their language.
import { and, asc, sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { CODELISTS } from '../../../shared/codelists.ts';
import { codeLabel } from '../../../shared/codelists.ts';
import type { initiativeExportQuerySchema } from '../../../shared/initiatives.ts';
import { toDecimalString } from '../../../shared/money.ts';
import { initiatives } from '../../db/schema/initiatives.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { text } from '../../platform/i18n/texts.ts';
import { codeLabels } from '../../platform/records/codelists.ts';
import { archivedFilter } from '../../platform/records/keyset.ts';
import { initiativeFilters } from './initiatives.repository.ts';
import { toInitiativeDtos } from './initiatives.usecases.ts';

type Query = z.output<typeof initiativeExportQuerySchema>;
/** The most rows an export holds (the table's own limit of a portfolio). */
export const EXPORT_MAX_ROWS = 10_000;
const COLUMNS = ['reference', 'title', 'stage', 'sectors', 'dacSectors', 'fund', 'currency', 'budget', 'committed', 'disbursed', 'spent', 'plannedStart', 'plannedEnd'] as const;
const ORDER = { reference: sql`${initiatives.reference}`, title: sql`lower(${initiatives.titleEn})`, updatedAt: sql`${initiatives.updatedAt}`, stageChangedAt: sql`${initiatives.stageChangedAt}` };

/** A text a spreadsheet would take for a formula is kept as text (CSV injection). */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** The header and the rows of the view, as text. */
async function tableRows(deps: Deps, ctx: RequestContext, q: Query) {
  const key = q.sort.replace(/^-/, '') as keyof typeof ORDER;
  const order = q.sort.startsWith('-') ? sql`${ORDER[key]} desc` : sql`${ORDER[key]} asc`;
  const rows = await deps.db
    .select()
    .from(initiatives)
    .where(and(visibleTo(ctx, initiatives), archivedFilter(initiatives.archivedAt, q.archived), ...initiativeFilters(q)))
    .orderBy(order, asc(initiatives.id))
    .limit(EXPORT_MAX_ROWS);
  const dtos = await toInitiativeDtos(deps.db, ctx, rows);
  const lang = q.lang;
  const sectors = await codeLabels(deps.db, CODELISTS.missionSector, [...new Set(rows.flatMap((r) => r.sectors))]);
  const header = COLUMNS.map((c) => text(lang, `initiatives.export.columns.${c}`));
  const body = dtos.map((i) => [
    i.reference,
    lang === 'ru' && i.titleRu ? i.titleRu : i.titleEn,
    text(lang, `initiatives.stage.${i.stage}`),
    i.sectors.map((s) => codeLabel(sectors.get(s), lang, s)).join('; '),
    i.dacSectors.map((d) => `${d.code} (${d.percentage}%)`).join('; '),
    i.fund?.name ?? '',
    i.currency,
    toDecimalString(i.totals.budget),
    toDecimalString(i.totals.committed),
    toDecimalString(i.totals.disbursed),
    toDecimalString(i.totals.spent),
    i.plannedStart ?? '',
    i.plannedEnd ?? '',
  ]);
  return { header, body: body.map((r) => r.map(cell)) };
}

export async function exportInitiativesCsv(deps: Deps, ctx: RequestContext, q: Query) {
  const { header, body } = await tableRows(deps, ctx, q);
  // A byte-order mark lets spreadsheet programs read the file as UTF-8.
  return `\uFEFF${stringify([header, ...body])}`;
}

export async function exportInitiativesXlsx(deps: Deps, ctx: RequestContext, q: Query) {
  const { header, body } = await tableRows(deps, ctx, q);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(text(q.lang, 'initiatives.export.sheet'));
  sheet.addRow(header).font = { bold: true };
  const money = new Set([7, 8, 9, 10]);
  for (const r of body) sheet.addRow(r.map((v, i) => (money.has(i) ? Number(v) : v)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
