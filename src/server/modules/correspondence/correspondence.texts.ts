// Wording of a note from its template: placeholders filled from the record, the addressee's title in the case the formula needs, the date in words.
import type { Language } from '../../../shared/common.ts';
import { text } from '../../platform/i18n/texts.ts';
import rules from './dative-ru.json' with { type: 'json' };

/** Values a template's placeholders are filled with. */
export type Placeholders = { mission: string; addressee: string; subject: string; register_number: string; date: string; place: string };

/** Fills `{{name}}` placeholders; an unknown placeholder is left as written, so a typo shows in the preview. */
export const fillTemplate = (template: string, values: Placeholders) =>
  template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (m, name: string) => (name in values ? values[name as keyof Placeholders] : m));

/** The date in words: "3 December 2026", or the Russian form with the month in the genitive and "g.". */
export function dateInWords(date: string, lang: Language): string {
  const d = new Date(`${date}T12:00:00Z`);
  const words = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  return lang === 'ru' && !words.endsWith(YEAR_MARK) ? `${words} ${YEAR_MARK}` : words;
}

/** The endings that change, as language data (dative-ru.json): leading adjectives, then the head noun. */
/** The abbreviation of the Russian word for year that follows a date. */
const YEAR_MARK = rules.yearMark;
const ADJECTIVE = rules.adjective as [string, string][];
const NOUN = rules.noun as [string, string][];
const CYRILLIC_WORD = new RegExp(rules.cyrillicWord);
const ENDS_IN_CONSONANT = new RegExp(rules.endsInConsonant, 'i');
const swapEnding = (word: string, pairs: readonly (readonly [string, string])[]) => {
  for (const [from, to] of pairs) if (word.toLowerCase().endsWith(from)) return word.slice(0, word.length - from.length) + to;
  return null;
};

/**
 * The dative of an institution's Russian name, as the Russian note verbale's
 * formula of compliments needs it: the leading adjectives and the head noun
 * change (the Secretariat of ASEAN, the Eurasian Economic Commission: see the
 * tests); what follows (a genitive) stays. A rule for institutions' names,
 * not a full grammar: the addressee's title can be written by hand on the
 * item where it falls short.
 */
export function dativeRu(name: string): string {
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!CYRILLIC_WORD.test(w) || w === w.toUpperCase()) return words.join(' ');
    const adjective = swapEnding(w, ADJECTIVE);
    if (adjective && i < words.length - 1) {
      words[i] = adjective;
      continue;
    }
    words[i] = swapEnding(w, NOUN) ?? (ENDS_IN_CONSONANT.test(w) ? `${w}${rules.hardConsonantNounEnding}` : w);
    return words.join(' ');
  }
  return words.join(' ');
}

/** An addressee's title as the note names it, from the directory's name when none was written. */
export function addresseeTitle(lang: Language, names: { en: string; ru?: string | null }): string {
  if (lang === 'ru') return dativeRu(names.ru ?? names.en);
  return /^the\s/i.test(names.en) ? names.en : `the ${names.en}`;
}

/** Several addressees of a circular note, joined as a sentence does. */
export function joinTitles(lang: Language, titles: string[]): string {
  if (titles.length <= 1) return titles[0] ?? '';
  return `${titles.slice(0, -1).join(', ')} ${text(lang, 'correspondence.letter.and')} ${titles.at(-1)}`;
}

/** The mission's name and place, as its notes give them. */
export const missionName = (lang: Language) => text(lang, 'correspondence.letter.mission');
export const missionPlace = (lang: Language) => text(lang, 'correspondence.letter.place');
