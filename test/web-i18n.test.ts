// The web app's interface texts: both languages have the same keys in the same files, and every key the code asks for exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = path.resolve(import.meta.dirname, '../src/web');
const I18N = path.join(WEB, 'i18n');
const LANGUAGES = ['en', 'ru'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Texts = { [key: string]: string | Texts };

/** `{ a: { b_one: …, b_other: … } }` → `a.b_one`, `a.b_other`. */
function leaves(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

function namespaces(language: string): string[] {
  return fs
    .readdirSync(I18N)
    .filter((f) => f.endsWith(`.${language}.json`))
    .map((f) => f.slice(0, -`.${language}.json`.length))
    .sort();
}

const load = (ns: string, language: string): Texts => JSON.parse(fs.readFileSync(path.join(I18N, `${ns}.${language}.json`), 'utf8'));

/** Every key as the code names it (`common.list.resultCount` for `_one`/`_other`), by language. */
function keysOf(language: string): Set<string> {
  const keys = new Set<string>();
  for (const ns of namespaces(language)) for (const leaf of leaves(load(ns, language))) keys.add(`${ns}.${leaf.replace(PLURAL_SUFFIX, '')}`);
  return keys;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The first argument of every `t(…)` call, as written. */
function translationCalls(source: string): string[] {
  const calls: string[] = [];
  const start = /(?<![\w.$])(?:t|i18next\.t|i18n\.t)\(/g;
  for (let m = start.exec(source); m; m = start.exec(source)) {
    let depth = 0;
    let j = m.index + m[0].length;
    for (; j < source.length; j++) {
      const c = source[j];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
      else if (c === "'" || c === '"' || c === '`') {
        for (j++; j < source.length && source[j] !== c; j++) if (source[j] === '\\') j++;
      }
    }
    calls.push(source.slice(m.index + m[0].length, j));
  }
  return calls;
}

/** Keys in a call's first argument: whole literals, and the fixed start of template literals (`common.roles.` of `` `common.roles.${role}` ``). */
function keysIn(argument: string): { literal: string[]; prefixes: string[] } {
  const literal = [...argument.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2]).filter((s) => /^[a-z]\w*\.[\w.-]+$/i.test(s));
  const prefixes: string[] = [];
  for (const m of argument.matchAll(/`([^`]*)`/g)) {
    const text = m[1];
    const hole = text.indexOf('${');
    if (hole === -1) {
      if (/^[a-z]\w*\.[\w.-]+$/i.test(text)) literal.push(text);
    } else if (hole > 0) prefixes.push(text.slice(0, hole));
  }
  return { literal, prefixes };
}

/** Which namespaces a file may use: a feature its own and `common`; shared code `common`; the app shell (which composes features) any. */
function allowedNamespaces(file: string): ((ns: string) => boolean) | null {
  const [top, feature] = path.relative(WEB, file).split(path.sep);
  if (top === 'app') return null;
  if (top === 'features') {
    const own = feature.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    return (ns) => ns === own || ns === 'common';
  }
  return (ns) => ns === 'common';
}

describe('interface texts', () => {
  it('every namespace has an English and a Russian file', () => {
    expect(namespaces('ru')).toEqual(namespaces('en'));
    expect(namespaces('en')).toContain('common');
  });

  it('a key in one language is in the other, with every plural form the language needs', () => {
    for (const ns of namespaces('en')) {
      const byLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, leaves(load(ns, l))]));
      const bases = (l: (typeof LANGUAGES)[number]) => [...new Set(byLanguage[l].map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
      expect(bases('ru'), `keys of ${ns}.ru.json against ${ns}.en.json`).toEqual(bases('en'));
      for (const language of LANGUAGES) {
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const plurals = new Set(byLanguage[language].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
        for (const base of plurals) {
          const missing = categories.filter((c) => !byLanguage[language].includes(`${base}_${c}`));
          expect(missing, `plural forms of ${ns}.${base} in ${ns}.${language}.json`).toEqual([]);
        }
      }
    }
  });

  it('no text is empty', () => {
    for (const language of LANGUAGES)
      for (const ns of namespaces(language)) {
        const texts = load(ns, language);
        const empty = leaves(texts).filter((k) => k.split('.').reduce<Texts | string>((d, s) => (d as Texts)[s], texts) === '');
        expect(empty, `empty texts in ${ns}.${language}.json`).toEqual([]);
      }
  });

  it('every key the code asks for exists, in the namespace its folder may use', () => {
    const known = LANGUAGES.map(keysOf);
    const problems: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(WEB)) {
      const where = path.relative(WEB, file);
      const allowed = allowedNamespaces(file);
      for (const call of translationCalls(fs.readFileSync(file, 'utf8'))) {
        const { literal, prefixes } = keysIn(call);
        for (const key of literal) {
          checked++;
          LANGUAGES.forEach((language, i) => {
            if (!known[i].has(key)) problems.push(`${where}: "${key}" is not in ${key.split('.')[0]}.${language}.json`);
          });
        }
        for (const prefix of prefixes) {
          checked++;
          LANGUAGES.forEach((language, i) => {
            if (![...known[i]].some((k) => k.startsWith(prefix))) problems.push(`${where}: no key starts with "${prefix}" in ${language}`);
          });
        }
        for (const key of [...literal, ...prefixes]) {
          const ns = key.split('.')[0];
          if (allowed && !allowed(ns)) problems.push(`${where}: uses the "${ns}" namespace, which belongs to another feature`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The scan found the calls (a broken scanner would pass vacuously).
    expect(checked).toBeGreaterThan(1000);
  });
});
