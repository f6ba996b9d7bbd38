// The generated organisations: missions, regional bodies and their divisions, ministries, then departments, agencies, offices, academia.
import type { InferInsertModel } from 'drizzle-orm';
import type { organizations } from '../src/server/db/schema/index.ts';
import { normaliseForSearch } from '../src/server/platform/text.ts';
import { allNames } from '../src/shared/names.ts';
import { times } from './records.ts';
import type { Rng } from './rng.ts';
import { COUNTRIES, type City, FUNCTIONS, LOCAL_LANGUAGE, REGIONAL_BODIES, SECTORS, type Sector, UNIT_WORDS } from './vocabulary.ts';

export type OrgKind = (typeof organizations.$inferInsert)['kind'];
export type OrgInsert = InferInsertModel<typeof organizations> & { id: string };

const joinLocal = (lang: string, a: string, b: string) => (lang === 'th' || lang === 'lo' || lang === 'km' ? `${a}${b}` : `${a} ${b}`);

/** Builds at least `target` organisations (access columns are added by the caller). */
export function buildOrganizations(rng: Rng, target: number, partyCodes: string[], partyNames: Map<string, string>) {
  const rows: (OrgInsert & { sector?: Sector })[] = [];
  const countryWeights = Object.fromEntries(partyCodes.map((c) => [c, COUNTRIES[c]?.weight ?? 1])) as Record<string, number>;
  const byCountry = new Map<string, { ministries: OrgInsert[]; units: OrgInsert[]; universities: OrgInsert[] }>();
  for (const c of partyCodes) byCountry.set(c, { ministries: [], units: [], universities: [] });
  const regional: OrgInsert[] = [];

  const add = (o: Omit<OrgInsert, 'id' | 'searchText'>, sector?: Sector) => {
    const row: OrgInsert & { sector?: Sector } = {
      ...o,
      id: rng.uuid(),
      searchText: normaliseForSearch(...allNames(o.names), o.nameLocal, o.acronym),
      provenance: 'INVENTED',
      ...times(rng),
      sector,
    };
    rows.push(row);
    return row;
  };
  const cityOf = (code: string): City => rng.pick(COUNTRIES[code]?.cities ?? [{ en: 'Capital', ru: 'Столица' }]);
  const localName = (code: string, unit: keyof typeof UNIT_WORDS, sector: Sector, city?: City) => {
    const lang = LOCAL_LANGUAGE[code];
    if (!lang) return null;
    const base = joinLocal(lang, UNIT_WORDS[unit].local[lang], sector.local[lang]);
    return city?.local ? `${base} ${city.local}` : base;
  };

  for (const code of partyCodes) {
    const ruGen = COUNTRIES[code]?.ruGenitive ?? code;
    add({
      names: { en: `Permanent Mission of ${partyNames.get(code)} to ASEAN`, ru: `Постоянное представительство ${ruGen} при АСЕАН` },
      nameLocal: null,
      acronym: null,
      kind: 'permanent_mission',
      countryCode: code,
      parentId: null,
      website: null,
      address: 'Jakarta',
    });
  }
  for (const body of REGIONAL_BODIES) {
    const parent = add({ names: { en: body.en, ru: body.ru }, nameLocal: null, acronym: body.acronym, kind: body.kind, countryCode: null, parentId: null, website: null, address: null });
    regional.push(parent);
    const divisions = body.acronym === 'ASEC' ? SECTORS : rng.sample(SECTORS, rng.int(2, 4));
    for (const s of divisions) {
      regional.push(
        add(
          {
            names: { en: `${body.en}, ${s.en} Division`, ru: `${body.ru}, отдел ${s.ru}` },
            nameLocal: null,
            acronym: `${body.acronym}-${s.acronym}`,
            kind: body.kind,
            countryCode: null,
            parentId: parent.id,
            website: null,
            address: null,
          },
          s,
        ),
      );
    }
  }
  for (const code of partyCodes) {
    const ruGen = COUNTRIES[code]?.ruGenitive ?? code;
    const domain = COUNTRIES[code]?.domain ?? 'example';
    for (const s of SECTORS) {
      const eu = code === 'EU';
      const m = add(
        {
          names: { en: eu ? `Directorate-General for ${s.en}` : `Ministry of ${s.en}`, ru: eu ? `Генеральный директорат ${s.ru} Европейской комиссии` : `Министерство ${s.ru} ${ruGen}` },
          nameLocal: localName(code, 'ministry', s),
          acronym: eu ? `DG ${s.acronym}` : `MO${s.acronym}`,
          kind: 'government_ministry',
          countryCode: code,
          parentId: null,
          website: `https://www.${s.key}.${domain}`,
          address: cityOf(code).en,
        },
        s,
      );
      byCountry.get(code)!.ministries.push(m);
    }
  }

  while (rows.length < target) {
    const code = rng.weighted(countryWeights);
    const place = byCountry.get(code)!;
    const ruGen = COUNTRIES[code]?.ruGenitive ?? code;
    const what = rng.weighted({ department: 30, agency: 25, office: 22, academic: 12, other: 11 });
    if (what === 'department' || what === 'agency') {
      const ministry = rng.pick(place.ministries) as OrgInsert & { sector: Sector };
      const s = ministry.sector;
      const fn = rng.pick(FUNCTIONS);
      const agencyStyle = rng.pick([`National ${s.en} Agency`, `${s.en} Regulatory Authority`, `${s.en} Development Agency`, `Institute for ${s.en} Standards`]);
      const unit = add(
        what === 'department'
          ? {
              names: { en: `Department of ${fn.en} (${s.en})`, ru: `Департамент ${fn.ru} Министерства ${s.ru} ${ruGen}` },
              nameLocal: localName(code, 'department', s),
              acronym: null,
              kind: 'government_ministry',
              countryCode: code,
              parentId: ministry.id,
              website: null,
              address: cityOf(code).en,
            }
          : {
              names: { en: agencyStyle, ru: `Национальное агентство ${s.ru} ${ruGen}` },
              nameLocal: localName(code, 'agency', s),
              acronym: `N${s.acronym}A`,
              kind: 'agency',
              countryCode: code,
              parentId: ministry.id,
              website: null,
              address: cityOf(code).en,
            },
        s,
      );
      place.units.push(unit);
    } else if (what === 'office') {
      if (place.units.length === 0) continue;
      const parent = rng.pick(place.units) as OrgInsert & { sector: Sector };
      const s = parent.sector;
      const city = cityOf(code);
      add(
        {
          names: { en: `${s.en} Office, ${city.en}`, ru: `Управление ${s.ru} (${city.ru})` },
          nameLocal: localName(code, 'office', s, city),
          acronym: null,
          kind: 'agency',
          countryCode: code,
          parentId: parent.id,
          website: null,
          address: city.en,
        },
        s,
      );
    } else if (what === 'academic') {
      const city = cityOf(code);
      if (place.universities.length > 0 && rng.chance(0.45)) {
        const uni = rng.pick(place.universities);
        const s = rng.pick(SECTORS);
        add({ names: { en: `Faculty of ${s.en}, ${uni.names.en}`, ru: `Факультет ${s.ru}, ${uni.names.ru}` }, nameLocal: null, acronym: null, kind: 'academic', countryCode: code, parentId: uni.id, website: null, address: city.en }, s);
      } else {
        const s = rng.pick(SECTORS);
        const style = rng.int(0, 2);
        const uni = add(
          {
            names: {
              en: style === 0 ? `University of ${city.en}` : style === 1 ? `${city.en} National University` : `Institute of ${s.en} Studies, ${city.en}`,
              ru: style === 2 ? `Институт исследований в области ${s.ru} (${city.ru})` : `Университет (${city.ru})`,
            },
            nameLocal: null,
            acronym: null,
            kind: 'academic',
            countryCode: code,
            parentId: null,
            website: null,
            address: city.en,
          },
          s,
        );
        if (style !== 2) place.universities.push(uni);
      }
    } else {
      const city = cityOf(code);
      const s = rng.pick(SECTORS);
      const name = rng.pick([`${partyNames.get(code)} Chamber of Commerce and Industry`, `${city.en} ${s.en} Foundation`, `${s.en} Association of ${partyNames.get(code)}`]);
      add({ names: { en: name, ru: `Некоммерческая организация (${city.ru})` }, nameLocal: null, acronym: null, kind: 'other', countryCode: code, parentId: null, website: null, address: city.en }, s);
    }
  }
  return { rows, byCountry, regional };
}
