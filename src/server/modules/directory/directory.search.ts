// What the directory puts in the cross-module search index: organisations, people, parties and delegations by their names.
import { translations } from '../../../shared/names.ts';
import type { Executor } from '../../db/client.ts';
import type { delegations, organizations, parties, people } from '../../db/schema/directory.table.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineSearchType, indexRecord } from '../../platform/search/search-index.ts';

/** The record types this module contributes to search. */
export const directorySearchTypes = [
  defineSearchType({ type: 'organization', label: inEveryLanguage('directory.search.organization'), path: (id) => `/organizations/${id}` }),
  defineSearchType({ type: 'person', label: inEveryLanguage('directory.search.person'), path: (id) => `/people/${id}` }),
  defineSearchType({ type: 'party', label: inEveryLanguage('directory.search.party'), path: (id) => `/parties/${id}` }),
  defineSearchType({ type: 'delegation', label: inEveryLanguage('directory.search.delegation'), path: (id) => `/delegations/${id}` }),
];

/** The directory's contribution to search: names in every script, acronyms and codes. */
export const indexOrganization = (db: Executor, o: typeof organizations.$inferSelect) =>
  indexRecord(db, {
    recordType: 'organization',
    recordId: o.id,
    title: o.names.en,
    subtitle: [o.acronym, ...translations(o.names), o.countryCode].filter(Boolean).join(' · ') || null,
    body: o.address,
    names: [...translations(o.names), o.nameLocal, o.acronym],
    access: o,
    archivedAt: o.archivedAt,
  });

export const indexPerson = (db: Executor, p: typeof people.$inferSelect) =>
  indexRecord(db, {
    recordType: 'person',
    recordId: p.id,
    title: p.fullName,
    subtitle: [p.honorific, p.nameLatin && p.nameLatin !== p.fullName ? p.nameLatin : null, p.nameRu].filter(Boolean).join(' · ') || null,
    body: p.notes,
    names: [p.nameLatin, p.nameRu],
    access: p,
    archivedAt: p.archivedAt,
  });

export const indexParty = (db: Executor, p: typeof parties.$inferSelect) =>
  indexRecord(db, {
    recordType: 'party',
    recordId: p.id,
    title: p.names.en,
    subtitle: [p.code, p.alpha3, ...translations(p.names)].filter(Boolean).join(' · '),
    body: p.notes,
    names: [...translations(p.names), p.code, p.alpha3],
    access: p,
    archivedAt: p.archivedAt,
  });

export const indexDelegation = (db: Executor, d: typeof delegations.$inferSelect) =>
  indexRecord(db, {
    recordType: 'delegation',
    recordId: d.id,
    title: d.names.en,
    subtitle: [d.partyCode, ...translations(d.names)].filter(Boolean).join(' · '),
    names: [...translations(d.names), d.partyCode],
    access: d,
    archivedAt: d.archivedAt,
  });
