// The HTML part of every e-mail, made from its plain text in one shared layout: paragraphs, links made clickable, the language declared.
import type { Language } from '../../../shared/common.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const URL_RE = /\bhttps?:\/\/[^\s<>"]+/g;

/** One line of text as HTML, with its web addresses as links. */
function line(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    // A full stop or comma right after an address ends the sentence, not the address.
    const url = m[0].replace(/[.,;:!?)]+$/, '');
    out += escapeHtml(text.slice(last, m.index)) + `<a href="${escapeHtml(url)}" style="color:#1c5d99">${escapeHtml(url)}</a>`;
    last = m.index + url.length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The HTML alternative of a plain-text e-mail: the same words, one paragraph
 * per block, the footer after the `—` line set smaller. Mail clients show this
 * part; the text part stays for those that do not.
 */
export function mailHtml(lang: Language, subject: string, textBody: string): string {
  const [main, footer] = textBody.split(/\n—\n/);
  const paragraphs = main
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p style="margin:0 0 16px">${p.split('\n').map(line).join('<br>')}</p>`)
    .join('\n');
  const foot = footer ? `<p style="margin:24px 0 0;padding-top:12px;border-top:1px solid #d0d7de;font-size:13px;color:#57606a">${footer.split('\n').map(line).join('<br>')}</p>` : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1f2328;font:16px/1.5 -apple-system,'Segoe UI',Roboto,Arial,sans-serif">
<div style="max-width:640px">
${paragraphs}
${foot}
</div>
</body></html>
`;
}
