// Names of records in the interface language.
import type { Language } from '../../shared/common.ts';
import { type Names, nameIn } from '../../shared/names.ts';

/** The record's name in the interface language when it has one, else its English name. */
export function localName(record: { names: Names }, language: string): string {
  return nameIn(record.names, language);
}

export function organizationLabel(org: { names: Names; acronym: string | null }, language: string): string {
  const name = localName(org, language);
  return org.acronym && org.acronym !== name ? `${name} (${org.acronym})` : name;
}

export function personLabel(person: { fullName: string; nameLatin: string | null; honorific?: string | null }): string {
  const name = person.nameLatin && person.nameLatin !== person.fullName ? `${person.fullName} (${person.nameLatin})` : person.fullName;
  return person.honorific ? `${person.honorific} ${name}` : name;
}

export const languageOf = (language: string): Language => (language === 'ru' ? 'ru' : 'en');

/** A language's name in the interface language (`id` → "Indonesian" / «индонезийский»); `capitalised` for a list entry («Индонезийский»). */
export function languageName(code: string, language: string, capitalised = false): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code);
    if (!name) return code;
    return capitalised ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : name;
  } catch {
    return code;
  }
}
