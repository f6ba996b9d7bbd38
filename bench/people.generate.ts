// Names, titles and notes for the generated people.
import type { OrgKind } from './organizations.generate.ts';
import type { Rng } from './rng.ts';
import { type NamePart, type NamePool, POST_TITLES, feminineSurname, patronymic, transliterate } from './vocabulary.ts';

export type PersonName = { fullName: string; nameLatin: string | null; nameRu: string | null; latin: string };

export function personName(rng: Rng, pool: NamePool): PersonName {
  const p = (list: NamePart[]) => rng.pick(list);
  const ruChance = rng.chance(0.45);
  switch (pool.style) {
    case 'vi': {
      const [f, m, g] = [p(pool.family), p(pool.middle!), p(pool.given)];
      const fullName = `${f.t} ${m.t} ${g.t}`;
      return { fullName, nameLatin: null, nameRu: ruChance ? `${f.ru} ${m.ru} ${g.ru}` : null, latin: fullName };
    }
    case 'th': {
      const [g, f] = [p(pool.given), p(pool.family)];
      const latin = `${g.lat} ${f.lat}`;
      return { fullName: `${g.t} ${f.t}`, nameLatin: latin, nameRu: ruChance ? `${g.ru} ${f.ru}` : null, latin };
    }
    case 'ru': {
      const female = rng.chance(0.45);
      const given = p(female ? pool.givenFemale! : pool.given).t;
      const family = female ? feminineSurname(p(pool.family).t) : p(pool.family).t;
      const latin = `${transliterate(given)} ${transliterate(family)}`;
      return { fullName: `${given} ${patronymic(p(pool.middle!).t, female)} ${family}`, nameLatin: latin, nameRu: null, latin };
    }
    case 'zh':
    case 'ko':
    case 'ja': {
      const [f, g] = [p(pool.family), p(pool.given)];
      const latin = `${f.lat} ${g.lat}`;
      return { fullName: `${f.t}${g.t}`, nameLatin: latin, nameRu: ruChance ? `${f.ru} ${g.ru}` : null, latin };
    }
    case 'latin': {
      const fullName = `${p(pool.given).t} ${p(pool.family).t}`;
      return { fullName, nameLatin: null, nameRu: null, latin: fullName };
    }
  }
}

export const titlesFor = (kind: OrgKind) =>
  kind === 'permanent_mission'
    ? POST_TITLES.mission
    : kind === 'secretariat' || kind === 'regional_organization'
      ? POST_TITLES.secretariat
      : kind === 'academic'
        ? POST_TITLES.academic
        : kind === 'other'
          ? POST_TITLES.other
          : POST_TITLES.ministry;

export const NOTES = [
  'Met at the ASEAN–Russia Senior Officials’ Meeting.',
  'Focal point for the energy dialogue.',
  'Prefers contact through the permanent mission.',
  'Speaks Russian; studied in Moscow.',
  'Co-chair of the working group on science and technology.',
  'Invited to the cultural festival in Jakarta.',
];
