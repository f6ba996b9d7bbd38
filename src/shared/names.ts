// Names in several languages: the languages a name may be given in, the contract of a `names` object, and picking the reader's name.
import { z } from 'zod';

/**
 * The languages a record's name may be given in (ISO 639-1, or ISO 639-3
 * where there is no two-letter code): English and Russian, the mission's
 * working languages, then the languages of the region and of the partners.
 * Adding a language is adding it here: the database keeps names keyed by
 * language and checks only the form of the key.
 */
export const NAME_LANGUAGES = [
  'en', 'ru', 'id', 'th', 'vi', 'ms', 'fil', 'km', 'lo', 'my', 'zh', 'ja', 'ko', 'hi', 'ar', 'fr', 'es', 'de', 'pt', 'tr',
] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];
const KNOWN = new Set<string>(NAME_LANGUAGES);
export const isNameLanguage = (code: string): code is NameLanguage => KNOWN.has(code);

/** A record's names by language; English is always there. */
export type Names = { en: string } & Partial<Record<NameLanguage, string>>;

/** The form of a language key, the same as the database's CHECK (`names_check`). */
export const LANGUAGE_KEY_PATTERN = '^[a-z]{2,3}$';

/**
 * A `names` input: an object keyed by language code, English required; every
 * name trimmed, non-empty and at most `max` characters. A problem names the
 * field by its language (`names.ru`).
 */
export const namesSchema = (max: number, emptyEnglish = 'Enter the name in English') =>
  z
    .record(z.string(), z.unknown(), { error: 'Give the names as an object keyed by language, for example {"en": "…"}' })
    .transform((raw, ctx) => {
      const out: Record<string, string> = {};
      for (const [language, value] of Object.entries(raw)) {
        if (!isNameLanguage(language)) {
          ctx.addIssue({ code: 'custom', path: [language], message: `Use a known language code: ${NAME_LANGUAGES.join(', ')}` });
          continue;
        }
        if (typeof value !== 'string') {
          ctx.addIssue({ code: 'custom', path: [language], message: 'Enter the name as text' });
          continue;
        }
        const name = value.trim();
        if (name.length === 0) {
          ctx.addIssue({ code: 'custom', path: [language], message: language === 'en' ? emptyEnglish : 'Enter the name, or leave this language out' });
          continue;
        }
        if (name.length > max) {
          ctx.addIssue({ code: 'custom', path: [language], message: `Use ${max} characters or fewer` });
          continue;
        }
        out[language] = name;
      }
      if (!('en' in raw)) ctx.addIssue({ code: 'custom', path: ['en'], message: emptyEnglish });
      return out as Names;
    });

/** What a record answers with: its names by language, English always there. */
export const namesOutSchema = z.object({ en: z.string() }).catchall(z.string()) as unknown as z.ZodType<Names>;

/** The name in `language` when there is one, else the English name. */
export const nameIn = (names: Names, language: string): string => names[language as NameLanguage] ?? names.en;

/** Every name, English first, for search. */
export const allNames = (names: Names): string[] => [names.en, ...Object.entries(names).filter(([l]) => l !== 'en').map(([, n]) => n as string)];

/** The names other than English, in the order of NAME_LANGUAGES. */
export const otherNames = (names: Names): { language: NameLanguage; name: string }[] =>
  NAME_LANGUAGES.filter((l) => l !== 'en' && names[l]).map((l) => ({ language: l, name: names[l] as string }));

/** The names other than English, as text (what search matches besides the English title). */
export const translations = (names: Names): string[] => otherNames(names).map((n) => n.name);
