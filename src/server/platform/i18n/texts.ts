// Texts the server writes for people (notifications, e-mail, exports, outcome notes), in every language, from src/server/i18n/<namespace>.{en,ru}.json.
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TOptions } from 'i18next';
import { LANGUAGES, type Language } from '../../../shared/common.ts';

/** The folder of the catalogue: one pair of files per namespace (a module, or a platform service). */
export const TEXTS_DIR = path.resolve(import.meta.dirname, '../../i18n');

function loadCatalogue() {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const file of fs.readdirSync(TEXTS_DIR)) {
    const m = /^([a-zA-Z]+)\.([a-z]{2})\.json$/.exec(file);
    if (!m) continue;
    const [, ns, lang] = m;
    resources[lang] ??= {};
    resources[lang].translation ??= {};
    resources[lang].translation[ns] = JSON.parse(fs.readFileSync(path.join(TEXTS_DIR, file), 'utf8'));
  }
  return resources;
}

const instance = i18next.createInstance();
void instance.init({
  resources: loadCatalogue(),
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'en',
  initAsync: false,
  // Plain text: the caller escapes where it writes HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  // Under test, a key missing from the catalogue fails the test that asked for it (in production it falls back to English).
  saveMissing: !!process.env.VITEST,
  missingKeyHandler: (_langs, _ns, key) => {
    throw new Error(`Text "${key}" is missing from src/server/i18n`);
  },
});

/**
 * The text under `key` (`<namespace>.<part>.<name>`) in `lang`, with
 * `{{name}}` placeholders filled from `values` and plural forms chosen by
 * `count`. A key missing from the catalogue is a mistake the catalogue test
 * catches; at run time it falls back to English.
 */
export function text(lang: Language, key: string, values?: TOptions): string {
  return instance.t(key, { ...values, lng: lang } as never) as unknown as string;
}

/**
 * The language of a text the server writes once into a stored record that
 * every reader sees alike (a calendar item's title, an agenda item it
 * proposes, which the user may then edit).
 */
export const STORED_TEXT_LANGUAGE: Language = 'en';

/** `text` bound to one language. */
export const textsIn = (lang: Language) => (key: string, values?: TOptions) => text(lang, key, values);

/** The text under `key` in every language (e.g. a notification kind's name). */
export const inEveryLanguage = (key: string, values?: TOptions): Record<Language, string> =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, text(lang, key, values)])) as Record<Language, string>;
