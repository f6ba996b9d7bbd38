// Which links Chancery follows or shows as links: absolute http(s) addresses, and mailto where an e-mail link is meant.

const WEB_SCHEMES = ['http:', 'https:'];
const MAIL_SCHEMES = [...WEB_SCHEMES, 'mailto:'];

/**
 * Whether `href` is a link Chancery will follow or show as one: an absolute
 * http(s) address (or `mailto:` with `mailto`). `javascript:`, `data:`,
 * `file:` and the rest are refused wherever they come from: the API refuses
 * them on input, and the web app shows an older stored one as text.
 */
export function isSafeLink(href: string, opts: { mailto?: boolean } = {}): boolean {
  if (!URL.canParse(href)) return false;
  const url = new URL(href);
  return (opts.mailto ? MAIL_SCHEMES : WEB_SCHEMES).includes(url.protocol) && (url.protocol === 'mailto:' || url.hostname !== '');
}
