// A record's names carried in notification parameters, and read back in the reader's language.
import { type Names, otherNames } from '../../../shared/names.ts';

type Params = Record<string, string | number | null>;

/** `{ name: <English>, 'name.ru': …, 'name.id': … }`: flat, as notification parameters are. */
export const nameParams = (names: Names, key = 'name'): Params =>
  Object.fromEntries([[key, names.en], ...otherNames(names).map(({ language, name }) => [`${key}.${language}`, name])]);

/** The name in `lang` from parameters written by `nameParams`, else the English one (older notifications carry only that). */
export const nameFromParams = (p: Params, lang: string, key = 'name'): string => String(p[`${key}.${lang}`] ?? p[key] ?? '');
