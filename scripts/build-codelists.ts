// Converts the IATI codelists and the ISO 4217 currency list into the codelist data files the server loads (see src/server/platform/records/codelist-data/README.md).
//
//   node --import tsx scripts/build-codelists.ts [path to the IATI codelists folder]
//
// The IATI folder defaults to ../shared/reference/iati/codelists (beside the repository).
// Currencies come from the `currency-codes` package (a development dependency), which
// ships ISO's own list one; Russian currency names come from CLDR through Node's Intl.
// The mission's sector list (mission-sector.json) is written by hand and left alone.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { type CodelistFile, type CodelistFileItem, codelistFileSchema } from '../src/server/platform/records/codelist-file.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(repo, 'src/server/platform/records/codelist-data');
const iatiDir = path.resolve(process.argv[2] ?? path.join(repo, '../shared/reference/iati/codelists'));

const IATI_LICENCE = 'CC BY 4.0. IATI Standard (http://iatistandard.org/), © Development Initiatives on behalf of the IATI Secretariat; see LICENSE-IATI-Guidance.rst';
const IATI_SOURCES = {
  embedded: { repository: 'IATI/IATI-Codelists', ref: 'version-2.03 @ 75e827bacd29f77356cb43defbc0b655705432f3' },
  nonEmbedded: { repository: 'IATI/IATI-Codelists-NonEmbedded', ref: 'master @ 7aeece773c60afa0265eb95e988d5e61e96d8482' },
};

/** The IATI lists the platform carries, with the name of their codelist here. */
const IATI_LISTS: { file: string; list: string; ru: string; source: keyof typeof IATI_SOURCES; attributes?: string[] }[] = [
  { file: 'Sector.xml', list: 'dac_sector', ru: 'Отраслевые коды ОЭСР/КСР (5 знаков)', source: 'nonEmbedded', attributes: ['category'] },
  { file: 'SectorCategory.xml', list: 'dac_sector_category', ru: 'Категории отраслей ОЭСР/КСР (3 знака)', source: 'nonEmbedded' },
  { file: 'SectorVocabulary.xml', list: 'iati_sector_vocabulary', ru: 'Словари отраслевых кодов IATI', source: 'nonEmbedded', attributes: ['url'] },
  { file: 'OrganisationType.xml', list: 'iati_organisation_type', ru: 'Типы организаций IATI', source: 'nonEmbedded' },
  { file: 'ActivityStatus.xml', list: 'iati_activity_status', ru: 'Статусы деятельности IATI', source: 'embedded' },
  { file: 'ActivityDateType.xml', list: 'iati_activity_date_type', ru: 'Типы дат деятельности IATI', source: 'embedded' },
  { file: 'BudgetType.xml', list: 'iati_budget_type', ru: 'Типы бюджета IATI', source: 'embedded' },
  { file: 'TransactionType.xml', list: 'iati_transaction_type', ru: 'Типы операций IATI', source: 'embedded' },
  { file: 'OrganisationRole.xml', list: 'iati_organisation_role', ru: 'Роли организаций IATI', source: 'embedded' },
];

type Narrative = string | { '#text'?: string; '@xml:lang'?: string };
type XmlItem = {
  '@status'?: string;
  '@activation-date'?: string;
  '@withdrawal-date'?: string;
  code: string;
  name?: { narrative?: Narrative[] };
  description?: { narrative?: Narrative[] };
  [child: string]: unknown;
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['codelist-item', 'narrative', 'CcyNtry'].includes(name),
});

/** Narratives by language; one without xml:lang is in the list's language (English). */
function texts(narratives: Narrative[] | undefined): Record<string, string> {
  const outTexts: Record<string, string> = {};
  for (const n of narratives ?? []) {
    const text = (typeof n === 'string' ? n : (n['#text'] ?? '')).replace(/\s+/g, ' ').trim();
    const lang = typeof n === 'string' ? 'en' : (n['@xml:lang'] ?? 'en');
    if (text && !outTexts[lang]) outTexts[lang] = text;
  }
  return outTexts;
}

function iatiList(spec: (typeof IATI_LISTS)[number]): CodelistFile {
  const xml = parser.parse(fs.readFileSync(path.join(iatiDir, spec.file), 'utf8')).codelist;
  const source = IATI_SOURCES[spec.source];
  const items = (xml['codelist-items']['codelist-item'] as XmlItem[]).map((item): CodelistFileItem => {
    const withdrawn = item['@status'] === 'withdrawn';
    const attributes: Record<string, string> = {};
    for (const a of spec.attributes ?? []) if (typeof item[a] === 'string') attributes[a] = item[a] as string;
    return {
      code: String(item.code),
      labels: { en: '', ...texts(item.name?.narrative) },
      ...(item.description ? { descriptions: texts(item.description.narrative) } : {}),
      ...(item['@activation-date'] ? { validFrom: item['@activation-date'] } : {}),
      ...(item['@withdrawal-date'] ? { validTo: item['@withdrawal-date'] } : {}),
      ...(withdrawn ? { withdrawn } : {}),
      ...(Object.keys(attributes).length ? { attributes } : {}),
    };
  });
  return {
    list: spec.list,
    names: { en: texts(xml.metadata.name.narrative).en, ru: spec.ru },
    source: `IATI codelist ${xml['@name']} (${source.repository}, ${source.ref}); Russian labels: none in the source`,
    sourceUrl: `https://iatistandard.org/en/iati-standard/203/codelists/${String(xml['@name']).toLowerCase()}/`,
    licence: IATI_LICENCE,
    version: source.ref,
    items,
  };
}

type IsoEntry = { CtryNm: string; CcyNm?: string | { '#text': string; '@IsFund'?: string }; Ccy?: string; CcyNbr?: string; CcyMnrUnts?: string };

function currencyList(): CodelistFile {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve('currency-codes/package.json'));
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const iso = parser.parse(fs.readFileSync(path.join(pkgDir, 'iso-4217-list-one.xml'), 'utf8')).ISO_4217;
  const ru = new Intl.DisplayNames(['ru'], { type: 'currency' });
  const seen = new Map<string, CodelistFileItem>();
  for (const e of iso.CcyTbl.CcyNtry as IsoEntry[]) {
    if (!e.Ccy || seen.has(e.Ccy)) continue;
    const name = typeof e.CcyNm === 'string' ? e.CcyNm : (e.CcyNm?.['#text'] ?? e.Ccy);
    const fund = typeof e.CcyNm === 'object' && e.CcyNm['@IsFund'] === 'true';
    const ruName = ru.of(e.Ccy);
    const minorUnits = e.CcyMnrUnts && /^\d$/.test(e.CcyMnrUnts) ? Number(e.CcyMnrUnts) : null;
    seen.set(e.Ccy, {
      code: e.Ccy,
      labels: { en: name, ...(ruName && ruName !== e.Ccy ? { ru: ruName[0].toLocaleUpperCase('ru') + ruName.slice(1) } : {}) },
      attributes: { number: e.CcyNbr ?? null, minorUnits, ...(fund ? { fund: true } : {}) },
    });
  }
  return {
    list: 'currency',
    names: { en: 'ISO 4217 currencies', ru: 'Валюты ISO 4217' },
    source: `ISO 4217 list one published ${iso['@Pblshd']}, as shipped in the npm package currency-codes ${pkg.version}; Russian names from CLDR ${process.versions.cldr} (Node.js Intl)`,
    sourceUrl: 'https://www.iso.org/iso-4217-currency-codes.html',
    licence: 'Code list: ISO 4217 (facts, distributed in currency-codes under the MIT licence). Russian names: Unicode CLDR, Unicode License v3',
    version: iso['@Pblshd'],
    items: [...seen.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

function write(file: CodelistFile) {
  const checked = codelistFileSchema.parse(file);
  const name = `${checked.list.replaceAll('_', '-')}.json`;
  fs.writeFileSync(path.join(out, name), `${JSON.stringify(checked, null, 2)}\n`);
  console.log(`${name}: ${checked.items.length} codes`);
}

/** The minor-unit digits the web and server format money with, from the same data. */
function writeMinorUnits(currencies: CodelistFile) {
  const entries = currencies.items.filter((c) => typeof c.attributes?.minorUnits === 'number').map((c) => `${c.code}: ${c.attributes!.minorUnits}`);
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 12) lines.push(`  ${entries.slice(i, i + 12).join(', ')},`);
  const ts = [
    '// ISO 4217 minor-unit digits per currency (JPY 0, USD 2, KWD 3 …): generated by scripts/build-codelists.ts from the currency codelist; do not edit.',
    '// Currencies whose minor unit ISO gives as N.A. (gold, SDR, test codes) are absent: no amount can be recorded in them.',
    'export const CURRENCY_MINOR_UNITS: Readonly<Record<string, number>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(repo, 'src/shared/currency-minor-units.ts'), ts);
}

for (const spec of IATI_LISTS) write(iatiList(spec));
const currencies = currencyList();
write(currencies);
writeMinorUnits(currencies);
// The IATI licence notice travels with the data made from it (copied as text: the reference copy is read-only).
fs.writeFileSync(path.join(out, 'LICENSE-IATI-Guidance.rst'), fs.readFileSync(path.join(iatiDir, '../LICENSE-IATI-Guidance.rst')));
