// The server's text catalogue (notifications, outcomes, exports): every text in both languages, and a missing key fails loudly under test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXTS_DIR, text } from '../src/server/platform/i18n/texts.ts';

type Texts = { [key: string]: string | Texts };
const leaves = (t: Texts, prefix = ''): string[] => Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
const files = (lang: string) => fs.readdirSync(TEXTS_DIR).filter((f) => f.endsWith(`.${lang}.json`)).sort();
const keysOf = (lang: string) =>
  files(lang).flatMap((f) => leaves(JSON.parse(fs.readFileSync(path.join(TEXTS_DIR, f), 'utf8')), `${f.split('.')[0]}.`)).sort();

describe('the server’s texts', () => {
  it('come in English and Russian, with the same keys, none empty, the Russian ones in Russian', () => {
    expect(files('ru').map((f) => f.replace('.ru.', '.'))).toEqual(files('en').map((f) => f.replace('.en.', '.')));
    expect(keysOf('ru')).toEqual(keysOf('en'));
    for (const key of keysOf('en')) {
      expect(text('en', key), key).toMatch(/\S/);
      expect(text('ru', key), key).toMatch(/\S/);
    }
    const russian = keysOf('ru').filter((k) => /[а-яё]/i.test(text('ru', k)));
    expect(russian.length / keysOf('ru').length).toBeGreaterThan(0.6);
  });

  it('fail the test that asks for a text the catalogue does not have', () => {
    expect(() => text('en', 'consultations.outcome.noSuchText')).toThrow(/missing from src\/server\/i18n/);
  });
});
