// Names of records in the interface language.
import type { Language } from '../../shared/common.ts';

/** The record's name in the interface language when it has one, else its English name. */
export function localName(record: { nameEn: string; nameRu: string | null }, language: string): string {
  return language === 'ru' && record.nameRu ? record.nameRu : record.nameEn;
}

export function organizationLabel(
  org: { nameEn: string; nameRu: string | null; acronym: string | null },
  language: string,
): string {
  const name = localName(org, language);
  return org.acronym && org.acronym !== name ? `${name} (${org.acronym})` : name;
}

export function personLabel(person: { fullName: string; nameLatin: string | null; honorific?: string | null }): string {
  const name = person.nameLatin && person.nameLatin !== person.fullName ? `${person.fullName} (${person.nameLatin})` : person.fullName;
  return person.honorific ? `${person.honorific} ${name}` : name;
}

export const languageOf = (language: string): Language => (language === 'ru' ? 'ru' : 'en');
