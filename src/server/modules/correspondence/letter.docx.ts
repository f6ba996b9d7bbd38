// A note or letter as a Word document: letterhead, number, body in the third person, closing, seal placeholder, place and date.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Letter } from './letter.ts';

const para = (text: string, opts: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: opts.indent } : undefined,
    spacing: { after: opts.after ?? 160, line: 300 },
    children: text.split('\n').map((line, i) => new TextRun({ text: line, bold: opts.bold, italics: opts.italics, break: i > 0 ? 1 : 0, font: 'Times New Roman', size: 24 })),
  });

export async function renderLetterDocx(l: Letter): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
      spacing: { after: 360 },
      children: [new TextRun({ text: l.letterhead.toUpperCase(), bold: true, font: 'Times New Roman', size: 26 })],
    }),
    para(l.registerNumber, { align: AlignmentType.LEFT, after: 360 }),
    ...l.blocks.map((b) =>
      b.kind === 'heading'
        ? para(b.text, { bold: true })
        : b.kind === 'bullet'
          ? para(`•  ${b.text}`)
          : b.kind === 'numbered'
            ? para(`${b.number}.  ${b.text}`)
            : b.kind === 'quote'
              ? para(b.text, { italics: true })
              : para(b.text, { indent: 720 }),
    ),
  ];
  if (l.closing) children.push(para(l.closing, { indent: 720 }));
  children.push(para(l.seal, { italics: true, align: AlignmentType.LEFT, after: 120 }));
  children.push(para(l.placeAndDate, { align: AlignmentType.RIGHT, after: 480 }));
  for (const a of l.addressees) children.push(para(a, { bold: true, align: AlignmentType.LEFT, after: 0 }));
  const doc = new Document({ title: l.title, creator: 'Chancery', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
