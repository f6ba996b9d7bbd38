// How the consultations module words its facts for a reader: instants in a zone, party names, outcomes — from the server's text catalogue.
import type { Language } from '../../../shared/common.ts';
import type { OutcomeFacts } from '../../../shared/consultations.ts';
import { nameIn, type Names } from '../../../shared/names.ts';
import { formatInstant } from '../../platform/i18n/instants.ts';
import { text } from '../../platform/i18n/texts.ts';

export { formatDeadline, formatInstant } from '../../platform/i18n/instants.ts';

/** Party names by code, keyed by language (English always there). */
export type PartyNames = Map<string, Names>;

/** A party's name in `lang`, or its code when the reader may not see it. */
export const partyName = (names: PartyNames, code: string, lang: Language) => {
  const n = names.get(code);
  return n ? nameIn(n, lang) : code;
};

/** The outcome in one sentence (or two) in the reader's language. */
export function outcomeNote(f: OutcomeFacts, lang: Language, names: PartyNames): string {
  const t = (key: string, values?: Record<string, unknown>) => text(lang, `consultations.outcome.${key}`, values);
  const list = (codes: string[]) => codes.map((c) => partyName(names, c, lang)).join(text(lang, 'common.list.separator'));
  const at = 'at' in f && 'zone' in f ? formatInstant(new Date(f.at), f.zone, lang) : '';
  switch (f.kind) {
    case 'adopted': {
      const reservations = f.reservations.map((r) =>
        t('reservation', { party: partyName(names, r.party, lang), kind: t(`reservationKind.${r.reservationKind ?? 'general'}`), text: r.text ?? '' }).trim(),
      );
      return [
        t('adopted', { how: t(`how.${f.how}`), at }),
        // The sentence ends once, whether or not the last reservation ends with a full stop.
        reservations.length ? t('reservationsAttached', { list: reservations.join('; ').replace(/[.!?…]+$/, '') }) : t('noReservations'),
        ...(f.decisionCode ? [] : [t('noDecisionNumber')]),
      ].join(' ');
    }
    case 'silence_broken':
      return t('silenceBroken', { party: partyName(names, f.party, lang), kind: text(lang, `consultations.positionKind.${f.positionKind}`), at });
    case 'not_adopted':
      return t('notAdopted', { at, parties: list(f.objecting) });
    case 'lapsed':
      return t('lapsed', { at, parties: list(f.awaiting) });
    case 'comments_closed':
      return t('commentsClosed', { at });
    case 'withdrawn':
      return f.reason ? t('withdrawnBecause', { reason: f.reason }) : t('withdrawn');
    case 'recorded':
      return f.note;
  }
}

/** The parties an outcome names, to look their names up. */
export function partiesOf(f: OutcomeFacts): string[] {
  switch (f.kind) {
    case 'adopted':
      return f.reservations.map((r) => r.party);
    case 'silence_broken':
      return [f.party];
    case 'not_adopted':
      return f.objecting;
    case 'lapsed':
      return f.awaiting;
    default:
      return [];
  }
}
