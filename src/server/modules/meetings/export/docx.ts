// The meeting record export as a Word document.
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block } from './html-text.ts';
import type { MeetingRecord } from './record.ts';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const para = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: text.split('\n').map((line, i) => new TextRun({ text: line, bold: opts.bold, italics: opts.italics, break: i > 0 ? 1 : 0 })) });

function block(b: Block) {
  const runs = b.text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, italics: b.kind === 'quote' }));
  if (b.kind === 'heading') return new Paragraph({ children: runs.map((r) => r), heading: HeadingLevel.HEADING_4 });
  if (b.kind === 'bullet') return new Paragraph({ children: runs, bullet: { level: 0 } });
  if (b.kind === 'numbered') return new Paragraph({ children: [new TextRun(`${b.number}. `), ...runs], indent: { left: 360 } });
  if (b.kind === 'quote') return new Paragraph({ children: runs, indent: { left: 720 } });
  return new Paragraph({ children: runs, spacing: { after: 80 } });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const cell = (text: string, bold = false) =>
  new TableCell({ children: [para(text, { bold })], borders: { top: border, bottom: border, left: border, right: border }, margins: { top: 40, bottom: 40, left: 80, right: 80 } });
const table = (head: string[], rows: string[][]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))] });

/** The meeting record as a Word document. */
export async function renderDocx(r: MeetingRecord): Promise<Buffer> {
  const L = r.labels;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: L.record, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: r.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    ...(r.body ? [new Paragraph({ text: r.body, alignment: AlignmentType.CENTER })] : []),
    ...r.facts.map(([k, v]) => new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] })),
    para(r.approval, { italics: true }),
    heading(L.agenda),
    ...r.agenda.map((a) => para(`${a.n}. ${a.title}${a.detail ? ` (${a.detail})` : ''}`)),
    heading(L.attendance),
    table([L.delegation, L.status, L.head, L.members], r.delegations.map((d) => [d.name, d.status, d.head, d.members])),
  ];
  if (r.others.length) children.push(heading(L.others, HeadingLevel.HEADING_3), table([L.organisation, L.status, L.head, L.members], r.others.map((o) => [o.name, o.status, o.head, o.members])));
  children.push(heading(L.proceedings));
  for (const a of r.agenda) {
    children.push(heading(`${a.n}. ${a.title}`, HeadingLevel.HEADING_3));
    children.push(...(a.minutes.length ? a.minutes.map(block) : [para(L.noMinutes, { italics: true })]));
    if (a.decisions.length) children.push(para(`${L.decisions}: ${a.decisions.join(', ')}`, { italics: true }));
  }
  children.push(heading(L.decisions));
  if (!r.decisions.length) children.push(para(L.noDecisions, { italics: true }));
  for (const d of r.decisions) {
    children.push(new Paragraph({ children: [new TextRun({ text: `${d.code}${d.superseded ? ` (${L.superseded})` : ''}  `, bold: true }), new TextRun(d.text)], spacing: { after: 80 } }));
  }
  children.push(heading(L.actionItems));
  if (r.actionItems.length) children.push(table([L.item, L.owner, L.due, L.status], r.actionItems.map((a) => [a.decision ? `${a.title} (${a.decision})` : a.title, a.owner, a.due, a.status])));
  else children.push(para(L.noActionItems, { italics: true }));
  children.push(new Paragraph({ children: [new TextRun({ text: `${L.generated} ${r.generatedOn}`, italics: true, size: 16 })], spacing: { before: 360 } }));
  const doc = new Document({ title: r.title, creator: 'Chancery', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
