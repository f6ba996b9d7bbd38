// The meeting record export as an A4 PDF with embedded fonts for Cyrillic.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block } from './html-text.ts';
import type { MeetingRecord } from './record.ts';

// A TrueType font with Cyrillic (and Latin with diacritics), shipped in an npm package: nothing is fetched at run time.
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer; italic: Buffer } | undefined;
/** The export fonts (DejaVu Sans regular, bold, oblique), read once. */
export const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    italic: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf')),
  });

/**
 * An A4 PDF document with the fonts registered as `regular`, `bold` and
 * `italic` (Cyrillic included), and the promise of its bytes once `doc.end()`
 * is called. Other modules' exports use it through the face.
 */
export function openPdf(title: string, lang: string, opts: { layout?: 'portrait' | 'landscape'; margin?: number } = {}) {
  const f = loadFonts();
  const doc = new PDFDocument({ size: 'A4', layout: opts.layout ?? 'portrait', margin: opts.margin ?? 56, info: { Title: title, Creator: 'Chancery' }, lang });
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  doc.registerFont('italic', f.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The meeting record as a PDF (A4), in the chosen language. */
export async function renderPdf(r: MeetingRecord): Promise<Buffer> {
  const L = r.labels;
  const { doc, done } = openPdf(r.title, r.lang);

  const text = (s: string, font: 'regular' | 'bold' | 'italic' = 'regular', size = 10, opts: PDFKit.Mixins.TextOptions = {}) =>
    doc.font(font).fontSize(size).text(s, { paragraphGap: 3, ...opts });
  const heading = (s: string, size = 13) => {
    doc.moveDown(0.6);
    text(s, 'bold', size);
    doc.moveDown(0.2);
  };
  const block = (b: Block) => {
    if (b.kind === 'heading') text(b.text, 'bold', 10.5);
    else if (b.kind === 'bullet') text(`•  ${b.text}`, 'regular', 10, { indent: 12 });
    else if (b.kind === 'numbered') text(`${b.number}.  ${b.text}`, 'regular', 10, { indent: 12 });
    else if (b.kind === 'quote') text(b.text, 'italic', 10, { indent: 24 });
    else text(b.text);
  };
  const row = (cells: [string, string][]) => {
    const line = cells.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`).join('  ·  ');
    text(line, 'regular', 9.5, { indent: 12 });
  };

  text(L.record, 'regular', 10, { align: 'center' });
  text(r.title, 'bold', 16, { align: 'center' });
  if (r.body) text(r.body, 'regular', 11, { align: 'center' });
  doc.moveDown(0.5);
  for (const [k, v] of r.facts) doc.font('bold').fontSize(10).text(`${k}: `, { continued: true }).font('regular').text(v);
  text(r.approval, 'italic');

  heading(L.agenda);
  for (const a of r.agenda) text(`${a.n}. ${a.title}${a.detail ? ` (${a.detail})` : ''}`);

  heading(L.attendance);
  for (const d of r.delegations) {
    text(`${d.name} — ${d.status}`, 'bold', 10);
    row([[L.head, d.head], [L.members, d.members]]);
  }
  if (r.others.length) {
    heading(L.others, 11);
    for (const o of r.others) {
      text(`${o.name} — ${o.status}`, 'bold', 10);
      row([[L.head, o.head], [L.members, o.members]]);
    }
  }

  heading(L.proceedings);
  for (const a of r.agenda) {
    heading(`${a.n}. ${a.title}`, 11);
    if (a.minutes.length) a.minutes.forEach(block);
    else text(L.noMinutes, 'italic');
    if (a.decisions.length) text(`${L.decisions}: ${a.decisions.join(', ')}`, 'italic');
  }

  heading(L.decisions);
  if (!r.decisions.length) text(L.noDecisions, 'italic');
  for (const d of r.decisions) {
    doc.font('bold').fontSize(10).text(`${d.code}${d.superseded ? ` (${L.superseded})` : ''}  `, { continued: true }).font('regular').text(d.text, { paragraphGap: 4 });
  }

  heading(L.actionItems);
  if (!r.actionItems.length) text(L.noActionItems, 'italic');
  for (const a of r.actionItems) {
    text(a.decision ? `${a.title} (${a.decision})` : a.title, 'bold', 10);
    row([[L.owner, a.owner], [L.due, a.due], [L.status, a.status]]);
  }

  doc.moveDown(1.5);
  text(`${L.generated} ${r.generatedOn}`, 'italic', 8);
  doc.end();
  return done;
}
