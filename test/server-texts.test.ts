// The server's text catalogue (notifications, e-mail, outcomes, exports): every text in both languages, a missing key fails loudly under test, no Russian left in TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXTS_DIR, text } from '../src/server/platform/i18n/texts.ts';

type Texts = { [key: string]: string | Texts };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const leaves = (t: Texts, prefix = ''): string[] => Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
const files = (lang: string) => fs.readdirSync(TEXTS_DIR).filter((f) => f.endsWith(`.${lang}.json`)).sort();
/** Every key as stored, plural forms included (`notifications.mail.digestSubject_one`). */
const storedKeysOf = (lang: string) =>
  files(lang).flatMap((f) => leaves(JSON.parse(fs.readFileSync(path.join(TEXTS_DIR, f), 'utf8')), `${f.split('.')[0]}.`));
/** Every key as the code asks for it (`notifications.mail.digestSubject` for its plural forms). */
const keysOf = (lang: string) => [...new Set(storedKeysOf(lang).map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();

const SERVER = path.resolve(import.meta.dirname, '../src/server');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'demo' ? [] : sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('the server’s texts', () => {
  it('come in English and Russian, with the same keys and every plural form, none empty, the Russian ones in Russian', () => {
    expect(files('ru').map((f) => f.replace('.ru.', '.'))).toEqual(files('en').map((f) => f.replace('.en.', '.')));
    expect(keysOf('ru')).toEqual(keysOf('en'));
    for (const lang of ['en', 'ru']) {
      const stored = storedKeysOf(lang);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const plurals = new Set(stored.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
      for (const base of plurals) expect(categories.filter((c) => !stored.includes(`${base}_${c}`)), `plural forms of ${base} in ${lang}`).toEqual([]);
    }
    for (const key of keysOf('en')) {
      expect(text('en', key, { count: 2 }), key).toMatch(/\S/);
      expect(text('ru', key, { count: 2 }), key).toMatch(/\S/);
    }
    const russian = keysOf('ru').filter((k) => /[а-яё]/i.test(text('ru', k, { count: 2 })));
    expect(russian.length / keysOf('ru').length).toBeGreaterThan(0.6);
  });

  it('fail the test that asks for a text the catalogue does not have', () => {
    expect(() => text('en', 'consultations.outcome.noSuchText')).toThrow(/missing from src\/server\/i18n/);
  });

  it('are not written in TypeScript: no Russian in src/server outside the demo data', () => {
    const withRussian = sources(SERVER).filter((f) => /[\u0400-\u04FF]/.test(fs.readFileSync(f, 'utf8')));
    expect(withRussian.map((f) => path.relative(SERVER, f))).toEqual([]);
  });
});
