// Sanitising rich text (minutes, consultation texts) to the allowed HTML, and turning it into plain text.
import sanitizeHtml from 'sanitize-html';

/**
 * Rich text (minutes, the versions of a consultation's text) arrives as HTML
 * from the editor. What is stored — and shown to every reader and put into
 * exports — keeps a small set of formatting tags and plain links; scripts,
 * event handlers, styles and any other markup are dropped.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'u', 's', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'a'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Editors write bold and italics either way; keep one spelling.
  transformTags: { b: 'strong', i: 'em', strike: 's', del: 's', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' },
  // The text of a <script> or <style> is not content either.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
};

export const sanitizeRichText = (html: string) => sanitizeHtml(html, OPTIONS).trim();

const BLOCK_END = /<\/(p|li|h3|h4|blockquote|ul|ol)>|<br\s*\/?>/gi;

/**
 * The plain text of sanitised content, for redlines and search: one line per
 * paragraph, list item or line break; tags dropped, entities decoded.
 */
export function richTextToPlain(html: string): string {
  const withBreaks = html.replace(BLOCK_END, (m) => `${m}\n`);
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}
