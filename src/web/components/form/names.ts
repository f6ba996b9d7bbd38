// A record's names as a form holds them (English, Russian, rows of other languages) and as the request sends them.
import { NAME_LANGUAGES, type NameLanguage, type Names, otherNames } from '../../../shared/names.ts';

/** A name in a language other than English and Russian. */
export interface OtherNameRow {
  /** A stable React key (rows have no id). */
  key: string;
  language: NameLanguage;
  name: string;
}

export interface NamesValues {
  en: string;
  ru: string;
  others: OtherNameRow[];
}

let nextKey = 0;
export const rowKey = () => `name-${++nextKey}`;

/** The languages offered in "names in other languages" (English and Russian have fields of their own). */
export const OTHER_NAME_LANGUAGES = NAME_LANGUAGES.filter((l) => l !== 'en' && l !== 'ru');

export function namesValues(names?: Names): NamesValues {
  return {
    en: names?.en ?? '',
    ru: names?.ru ?? '',
    others: names ? otherNames(names).filter((n) => n.language !== 'ru').map((n) => ({ key: rowKey(), ...n })) : [],
  };
}

/**
 * The `names` the request sends: English as typed (the check names an empty
 * one), Russian when given, and every other row, so that an empty one is
 * named by its language.
 */
export function namesPayload(values: NamesValues): Names {
  const names: Record<string, string> = { en: values.en.trim() };
  if (values.ru.trim()) names.ru = values.ru.trim();
  for (const row of values.others) names[row.language] = row.name.trim();
  return names as Names;
}

/** A new row, in the first language not yet used; none when every language is used. */
export function nextOtherNameRow(rows: OtherNameRow[]): OtherNameRow | null {
  const used = new Set(rows.map((r) => r.language));
  const language = OTHER_NAME_LANGUAGES.find((l) => !used.has(l));
  return language ? { key: rowKey(), language, name: '' } : null;
}
