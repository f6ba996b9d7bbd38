// Turns sanitised minutes HTML into plain blocks (paragraphs, headings, lists, quotes) for DOCX and PDF.
/** A paragraph of minutes as a document needs it. */
export type Block = { kind: 'paragraph' | 'heading' | 'bullet' | 'numbered' | 'quote'; text: string; number?: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const LINE_BREAK = '\u2028';

/**
 * Turns stored minutes (HTML already reduced to the allowed tags) into plain
 * paragraphs, headings and list items, for the DOCX and PDF exports. Links
 * keep their text; inline formatting is dropped.
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let quote = 0;
  let kind: Block['kind'] = 'paragraph';
  let number: number | undefined;
  let buf = '';
  const flush = () => {
    const text = decode(buf).replace(/[ \t\r\n\f\v]+/g, ' ').split(LINE_BREAK).map((l) => l.trim()).join('\n').trim();
    if (text) blocks.push({ kind, text, ...(number !== undefined ? { number } : {}) });
    buf = '';
    kind = quote ? 'quote' : 'paragraph';
    number = undefined;
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      buf += m[3];
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'br') buf += LINE_BREAK;
    else if (tag === 'ul' || tag === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'blockquote') {
      flush();
      quote = Math.max(0, quote + (closing ? -1 : 1));
      kind = quote ? 'quote' : 'paragraph';
    } else if (['p', 'h3', 'h4', 'li'].includes(tag)) {
      // Editors wrap a list item's text in a paragraph: <li><p>…</p></li> is still a list item.
      const itemOpen = !closing && tag === 'p' && (kind === 'bullet' || kind === 'numbered') && !decode(buf).trim();
      const itemKind: Block['kind'] = kind;
      const itemNumber: number | undefined = number;
      flush();
      if (itemOpen) [kind, number] = [itemKind, itemNumber];
      if (!closing && (tag === 'h3' || tag === 'h4')) kind = 'heading';
      if (!closing && tag === 'li') {
        const list = lists.at(-1);
        kind = list?.ordered ? 'numbered' : 'bullet';
        if (list?.ordered) number = ++list.n;
      }
    }
  }
  flush();
  return blocks;
}
