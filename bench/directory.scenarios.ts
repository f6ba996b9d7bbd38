// The directory's endpoints under load: lists, text search in three scripts, details, and creating an organisation.
import { createOrganization, getOrganization, searchOrganizations } from '../src/server/modules/directory/organizations.usecases.ts';
import { getPerson, searchPeople } from '../src/server/modules/directory/people.usecases.ts';
import { organizationInputSchema, organizationListQuerySchema, personListQuerySchema } from '../src/shared/directory.ts';
import type { BenchDataset, BenchModule, Scenario } from './scenarios.ts';

/** The query string as the route receives it, parsed by the route's own schema (so defaults match). */
const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();
const orgQuery = (params: Record<string, string>) => organizationListQuerySchema.parse(params);
const personQuery = (params: Record<string, string>) => personListQuerySchema.parse(params);

/** Search terms that match many people: a Vietnamese family name typed without accents, a Russian surname, a Thai given name. */
export const SEARCH_TERMS = { latin: 'nguyen', cyrillic: 'иванов', thai: 'สมชาย' } as const;

const rotate = (ids: string[], i: number) => ids[i % ids.length];

const parentsOf = new WeakMap<BenchDataset, string[]>();
/** Indonesian ministries the staff account can see: parents for new agencies. */
function ministriesOfIndonesia(ds: BenchDataset) {
  let ids = parentsOf.get(ds);
  if (!ids) {
    const visible = new Set(ds.visibleToStaff.organizations);
    ids = ds.organizations.filter((o) => o.kind === 'government_ministry' && o.countryCode === 'ID' && o.parentId === null && visible.has(o.id)).map((o) => o.id);
    parentsOf.set(ds, ids);
  }
  return ids;
}

/** A new agency under a ministry of Indonesia, as the web form would send it. */
function newOrganization(ds: BenchDataset, i: number) {
  const parents = ministriesOfIndonesia(ds);
  return {
    names: { en: `Provincial Development Agency No. ${i + 1}`, ru: `Агентство регионального развития № ${i + 1}` },
    nameLocal: `Badan Pembangunan Daerah ${i + 1}`,
    acronym: null,
    kind: 'agency',
    countryCode: 'ID',
    parentId: parents.length ? rotate(parents, i) : null,
    website: 'https://bappeda.example.go.id',
    address: 'Jl. Sisingamangaraja No. 70A, Jakarta',
    classification: 'mission',
  };
}

const listScenario = (
  name: string,
  description: string,
  as: Scenario['as'],
  kind: Scenario['kind'],
  resource: 'organizations' | 'people',
  params: Record<string, string>,
): Scenario => ({
  name,
  module: 'directory',
  description,
  as,
  kind,
  request: () => ({ method: 'GET', path: `/api/${resource}?${qs(params)}` }),
  direct:
    resource === 'organizations'
      ? (deps, ctx) => searchOrganizations(deps, ctx, orgQuery(params))
      : (deps, ctx) => searchPeople(deps, ctx, personQuery(params)),
});

const scenarios: Scenario[] = [
  listScenario('organizations.list.kind', 'organisations of one kind (agency), first page of 25 by name', 'staff', 'list', 'organizations', { kind: 'agency', limit: '25' }),
  listScenario('organizations.list.delegate', 'organisations visible to a delegate of Indonesia, first page', 'delegate', 'list', 'organizations', { limit: '25' }),
  listScenario('people.list.name', 'people sorted by name, first page of 25 with their posts', 'staff', 'list', 'people', { sort: 'name', limit: '25' }),
  listScenario('people.search.latin', `people matching "${SEARCH_TERMS.latin}" (accents ignored)`, 'staff', 'search', 'people', { q: SEARCH_TERMS.latin, limit: '25' }),
  listScenario('people.search.cyrillic', `people matching "${SEARCH_TERMS.cyrillic}"`, 'staff', 'search', 'people', { q: SEARCH_TERMS.cyrillic, limit: '25' }),
  listScenario('people.search.thai', `people matching "${SEARCH_TERMS.thai}"`, 'staff', 'search', 'people', { q: SEARCH_TERMS.thai, limit: '25' }),
  {
    name: 'organizations.detail',
    module: 'directory',
    description: 'one organisation with its parent, rotating over 1,000 ids',
    as: 'staff',
    kind: 'detail',
    request: (ds, i) => ({ method: 'GET', path: `/api/organizations/${rotate(ds.visibleToStaff.organizations, i)}` }),
    direct: (deps, ctx, ds, i) => getOrganization(deps, ctx, rotate(ds.visibleToStaff.organizations, i)),
  },
  {
    name: 'people.detail',
    module: 'directory',
    description: 'one person with posts, rotating over 1,000 ids',
    as: 'staff',
    kind: 'detail',
    request: (ds, i) => ({ method: 'GET', path: `/api/people/${rotate(ds.visibleToStaff.people, i)}` }),
    direct: (deps, ctx, ds, i) => getPerson(deps, ctx, rotate(ds.visibleToStaff.people, i)),
  },
  {
    name: 'organizations.create',
    module: 'directory',
    description: 'create an agency under a ministry (validation, reference checks, audit entry)',
    as: 'staff',
    kind: 'create',
    writes: true,
    request: (ds, i) => ({ method: 'POST', path: '/api/organizations', body: newOrganization(ds, i) }),
    direct: (deps, ctx, ds, i) => createOrganization(deps, ctx, organizationInputSchema.parse(newOrganization(ds, 1_000_000 + i))),
  },
];

export const directoryBench: BenchModule = { name: 'directory', scenarios };
