// What the initiatives module puts in the cross-module search index: initiatives, funds and plans of action.
import { allNames } from '../../../shared/names.ts';
import type { Executor } from '../../db/client.ts';
import type { funds, initiatives, plans } from '../../db/schema/initiatives.table.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineSearchType, indexRecord } from '../../platform/search/search-index.ts';

/** The record types this module contributes to search. */
export const initiativesSearchTypes = [
  defineSearchType({ type: 'initiative', label: inEveryLanguage('initiatives.search.initiative'), path: (id) => `/initiatives/${id}` }),
  defineSearchType({ type: 'fund', label: inEveryLanguage('initiatives.search.fund'), path: (id) => `/funds/${id}` }),
  defineSearchType({ type: 'plan', label: inEveryLanguage('initiatives.search.plan'), path: (id) => `/plans/${id}` }),
];

export const indexInitiative = (db: Executor, i: typeof initiatives.$inferSelect) =>
  indexRecord(db, {
    recordType: 'initiative',
    recordId: i.id,
    title: `${i.reference} ${i.titleEn}`,
    subtitle: [i.proposalCode, i.stage.replaceAll('_', ' ')].filter(Boolean).join(' · '),
    body: [i.description, i.objectives].filter(Boolean).join('\n') || null,
    names: [i.reference, i.titleRu, i.proposalCode],
    access: i,
    archivedAt: i.archivedAt,
  });

export const indexFund = (db: Executor, f: typeof funds.$inferSelect) =>
  indexRecord(db, { recordType: 'fund', recordId: f.id, title: f.names.en, subtitle: f.acronym, body: f.notes, names: [...allNames(f.names), f.acronym], access: f, archivedAt: f.archivedAt });

export const indexPlan = (db: Executor, p: typeof plans.$inferSelect) =>
  indexRecord(db, { recordType: 'plan', recordId: p.id, title: p.titleEn, subtitle: `${p.fromYear}–${p.toYear}`, names: [p.titleRu], access: p, archivedAt: p.archivedAt });
