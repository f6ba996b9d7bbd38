import type { Language } from '../../../shared/common.ts';

const text = {
  en: {
    greeting: (name: string) => `Dear ${name},`,
    open: 'Open in Chancery:',
    footer: 'You receive this because of your notification settings in Chancery. Change them under Notifications → Settings.',
    digestSubject: (n: number) => `Chancery: ${n} update${n === 1 ? '' : 's'} since yesterday`,
  },
  ru: {
    greeting: (name: string) => `Уважаемый(ая) ${name},`,
    open: 'Открыть в Chancery:',
    footer: 'Вы получили это письмо согласно настройкам уведомлений в Chancery. Изменить их можно в разделе «Уведомления → Настройки».',
    digestSubject: (n: number) => `Chancery: обновлений со вчерашнего дня — ${n}`,
  },
} as const;

let baseUrl = 'http://127.0.0.1:8080';
/** Links in e-mails point here (PUBLIC_URL when set). */
export function setMailBaseUrl(url: string) {
  baseUrl = url.replace(/\/$/, '');
}

/** Plain-text body of an e-mail with one or more items, in the recipient's language. */
export function composeMail(lang: Language, name: string, items: { title: string; body: string; path: string }[]) {
  const t = text[lang];
  const parts = items.map((i) => [i.title, i.body, `${t.open} ${baseUrl}${i.path}`].filter(Boolean).join('\n'));
  return [t.greeting(name), '', parts.join('\n\n'), '', '—', t.footer].join('\n');
}

export const digestSubject = (lang: Language, n: number) => text[lang].digestSubject(n);
