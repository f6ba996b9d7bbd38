// The yearly gift report as CSV and PDF, in the columns of a government listing: recipient and title; gift, date, value, disposition; donor and government; circumstances.
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { giftReportQuerySchema } from '../../../shared/dialogue.ts';
import { type Money, formatMoney, totalsByCurrency } from '../../../shared/money.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { text } from '../../platform/i18n/texts.ts';
import { openPdf } from '../meetings/meetings.api.ts';
import { giftsOfYear } from './gifts.repository.ts';
import { toGiftDtos } from './gifts.usecases.ts';

type Query = z.output<typeof giftReportQuerySchema>;
type Gift = Awaited<ReturnType<typeof toGiftDtos>>[number];
const t = (lang: 'en' | 'ru', key: string, values?: Record<string, unknown>) => text(lang, `dialogue.report.${key}`, values);

const sideText = (s: Gift['donor']) =>
  [s.person ? [s.person.fullName, s.person.postTitle].filter(Boolean).join(', ') : null, s.organization?.name, s.partyCode, s.name].filter(Boolean).join('; ');
const valueText = (g: Gift, lang: 'en' | 'ru') => (g.value ? formatMoney(g.value, lang) : t(lang, 'unknownValue'));

/** The report's rows (only gifts the reader may see) and the totals per currency; gifts of unknown value are counted apart. */
export async function giftReport(deps: Deps, ctx: RequestContext, q: Query) {
  const gifts = await toGiftDtos(deps.db, ctx, await giftsOfYear(deps.db, ctx, q.year));
  const lang = q.lang;
  const rows = gifts.map((g) => ({
    recipient: sideText(g.recipient),
    gift: `${g.reference}: ${g.description}${g.quantity > 1 ? ` ×${g.quantity}` : ''}`,
    date: g.date,
    value: valueText(g, lang),
    disposition: [text(lang, `dialogue.disposition.${g.disposition}`), g.location].filter(Boolean).join(' — '),
    donor: sideText(g.donor),
    circumstances: [g.occasion, g.circumstances].filter(Boolean).join('. '),
  }));
  const totals = totalsByCurrency(gifts.flatMap((g) => (g.value ? [g.value as Money] : [])));
  return { rows, totals, unknown: gifts.filter((g) => !g.value).length, count: gifts.length };
}

const COLUMNS = ['recipient', 'gift', 'date', 'value', 'disposition', 'donor', 'circumstances'] as const;

export async function giftReportCsv(deps: Deps, ctx: RequestContext, q: Query) {
  const r = await giftReport(deps, ctx, q);
  const header = COLUMNS.map((c) => t(q.lang, `columns.${c}`));
  const totals = r.totals.map((m) => [t(q.lang, 'total'), '', '', formatMoney(m, q.lang), '', '', '']);
  return stringify([header, ...r.rows.map((row) => COLUMNS.map((c) => row[c])), ...totals, [t(q.lang, 'unknownCount', { count: r.unknown }), '', '', '', '', '', '']], { bom: true });
}

export async function giftReportPdf(deps: Deps, ctx: RequestContext, q: Query) {
  const r = await giftReport(deps, ctx, q);
  const title = t(q.lang, 'title', { year: q.year });
  const { doc, done } = openPdf(title, q.lang, { layout: 'landscape', margin: 36 });
  doc.font('bold').fontSize(14).text(title);
  doc.moveDown(0.5);
  const widths = [130, 170, 60, 80, 110, 110, 110];
  const row = (cells: string[], font: 'regular' | 'bold') => {
    const y = doc.y;
    let x = doc.page.margins.left;
    let h = 0;
    doc.font(font).fontSize(8);
    cells.forEach((c, i) => {
      h = Math.max(h, doc.heightOfString(c || ' ', { width: widths[i] - 4 }));
    });
    if (y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      return row(cells, font);
    }
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: widths[i] - 4 });
      x += widths[i];
    });
    doc.x = doc.page.margins.left;
    doc.y = y + h + 6;
  };
  row(COLUMNS.map((c) => t(q.lang, `columns.${c}`)), 'bold');
  for (const g of r.rows) row(COLUMNS.map((c) => g[c]), 'regular');
  doc.moveDown(0.5);
  for (const m of r.totals) doc.font('bold').fontSize(9).text(`${t(q.lang, 'total')}: ${formatMoney(m, q.lang)}`);
  doc.font('regular').fontSize(9).text(t(q.lang, 'unknownCount', { count: r.unknown }));
  doc.end();
  return done;
}
