import sanitizeHtml from 'sanitize-html';

/**
 * Minutes arrive as HTML from a rich-text editor. What is stored (and later
 * shown to every reader and put into exports) keeps only a small set of
 * formatting tags and plain links; scripts, event handlers, styles and any
 * other markup are dropped.
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
  // The text of a <script> or <style> is not minutes either.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
};

export const sanitizeMinutes = (html: string) => sanitizeHtml(html, OPTIONS).trim();
