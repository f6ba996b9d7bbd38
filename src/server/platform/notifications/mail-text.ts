// The plain-text e-mail a notification or a digest is sent as, worded in the recipient's language from the catalogue.
import type { Language } from '../../../shared/common.ts';
import { text } from '../i18n/texts.ts';

let baseUrl = 'http://127.0.0.1:8080';
/** Links in e-mails point here (PUBLIC_URL when set). */
export function setMailBaseUrl(url: string) {
  baseUrl = url.replace(/\/$/, '');
}
export const mailBaseUrl = () => baseUrl;

/** Plain-text body of an e-mail with one or more items, in the recipient's language. */
export function composeMail(lang: Language, name: string, items: { title: string; body: string; path: string }[]) {
  const open = text(lang, 'notifications.mail.open');
  const parts = items.map((i) => [i.title, i.body, `${open} ${baseUrl}${i.path}`].filter(Boolean).join('\n'));
  return [text(lang, 'notifications.mail.greeting', { name }), '', parts.join('\n\n'), '', '—', text(lang, 'notifications.mail.footer')].join('\n');
}

export const digestSubject = (lang: Language, n: number) => text(lang, 'notifications.mail.digestSubject', { count: n });

/** Plain-text body of an e-mail about the account itself (not a notification): greeting, body, link; no settings footer. */
export function composeAccountMail(lang: Language, name: string, body: string, path: string) {
  return [text(lang, 'notifications.mail.greeting', { name }), '', body, `${baseUrl}${path}`].join('\n');
}
