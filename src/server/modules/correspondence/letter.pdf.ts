// A note or letter as an A4 PDF, with the meetings exports' fonts (Cyrillic included).
import PDFDocument from 'pdfkit';
import { exportFonts } from '../meetings/meetings.api.ts';
import type { Letter } from './letter.ts';

export async function renderLetterPdf(l: Letter): Promise<Buffer> {
  const f = exportFonts();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 72, right: 64 }, info: { Title: l.title, Creator: 'Chancery' }, lang: l.lang });
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  doc.registerFont('italic', f.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 72 - 64;

  doc.font('bold').fontSize(13).text(l.letterhead.toUpperCase(), { align: 'center' });
  const y = doc.y + 6;
  doc.moveTo(72, y).lineTo(72 + width, y).lineWidth(0.8).stroke();
  doc.moveDown(1.2);
  doc.font('regular').fontSize(11).text(l.registerNumber, { align: 'left' });
  doc.moveDown(1.2);
  for (const b of l.blocks) {
    if (b.kind === 'heading') doc.font('bold').fontSize(11).text(b.text, { paragraphGap: 6 });
    else if (b.kind === 'bullet') doc.font('regular').fontSize(11).text(`•  ${b.text}`, { indent: 18, paragraphGap: 4, align: 'justify' });
    else if (b.kind === 'numbered') doc.font('regular').fontSize(11).text(`${b.number}.  ${b.text}`, { indent: 18, paragraphGap: 4, align: 'justify' });
    else if (b.kind === 'quote') doc.font('italic').fontSize(11).text(b.text, { indent: 28, paragraphGap: 6, align: 'justify' });
    else doc.font('regular').fontSize(11).text(b.text, { indent: 36, paragraphGap: 8, align: 'justify', lineGap: 2 });
  }
  if (l.closing) doc.font('regular').fontSize(11).text(l.closing, { indent: 36, paragraphGap: 8, align: 'justify', lineGap: 2 });
  doc.moveDown(1.5);
  const sealTop = doc.y;
  doc.circle(72 + 48, sealTop + 40, 38).lineWidth(0.6).dash(3, { space: 3 }).stroke().undash();
  doc.font('italic').fontSize(8).text(l.seal, 72 + 14, sealTop + 34, { width: 68, align: 'center' });
  doc.font('regular').fontSize(11).text(l.placeAndDate, 72, sealTop + 30, { width, align: 'right' });
  doc.x = 72;
  doc.y = sealTop + 100;
  for (const a of l.addressees) doc.font('bold').fontSize(10.5).text(a, { width });
  doc.end();
  return done;
}
