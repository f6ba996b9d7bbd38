// A decision adopted outside a meeting, worded from its facts in the reader's language (server text catalogue).
import type { Language } from '../../../shared/common.ts';
import type { AdoptionFacts } from '../../../shared/meetings.ts';
import { formatInstant } from '../../platform/i18n/instants.ts';
import { text } from '../../platform/i18n/texts.ts';

/** "«Title» (REF) is adopted by silence procedure as of 12:00 on 4 December 2026 (Asia/Jakarta). Reservations: …" */
export function adoptionText(f: AdoptionFacts, lang: Language): string {
  const t = (key: string, values?: Record<string, unknown>) => text(lang, `meetings.decisions.${key}`, values);
  const title = (lang === 'ru' && f.titleRu) || f.title;
  const named = f.reference ? t('titleWithReference', { title, reference: f.reference }) : t('titleQuoted', { title });
  const reservations = f.reservations.map((r) =>
    t('reservation', { party: (lang === 'ru' && r.partyNameRu) || r.partyName, kind: t(`reservationKind.${r.reservationKind ?? 'general'}`), text: r.text ?? '' }).trim(),
  );
  const sentence = t('adopted', { title: named, how: t(`how.${f.how}`), at: formatInstant(new Date(f.at), f.zone, lang) });
  // The sentence ends once, whether or not the last reservation ends with a full stop.
  return reservations.length ? `${sentence} ${t('reservations', { list: reservations.join('; ').replace(/[.!?…]+$/, '') })}` : sentence;
}

/** The decision's text as a reader in `lang` reads it: the adopted text's facts worded, or the text the meeting recorded. */
export const decisionText = (d: { text: string; adoption: AdoptionFacts | null }, lang: Language) => (d.adoption ? adoptionText(d.adoption, lang) : d.text);
