// What the liaison module puts in the cross-module search index: liaison requests, agreements and focal points (never the mission's internal notes).
import type { Executor } from '../../db/client.ts';
import type { agreements, liaisonRequests } from '../../db/schema/liaison.table.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineSearchType, indexRecord } from '../../platform/search/search-index.ts';
import { translations } from '../../../shared/names.ts';

export const liaisonSearchTypes = [
  defineSearchType({ type: 'liaison_request', label: inEveryLanguage('liaison.search.liaisonRequest'), path: (id) => `/liaison/requests/${id}` }),
  defineSearchType({ type: 'agreement', label: inEveryLanguage('liaison.search.agreement'), path: (id) => `/liaison/agreements/${id}` }),
];

export const indexLiaisonRequest = (db: Executor, r: typeof liaisonRequests.$inferSelect) =>
  indexRecord(db, {
    recordType: 'liaison_request',
    recordId: r.id,
    title: `${r.reference} ${r.subject}`,
    subtitle: [r.area, r.status.replaceAll('_', ' ')].filter(Boolean).join(' · '),
    body: r.outcome,
    names: [r.reference],
    access: r,
    archivedAt: r.archivedAt,
  });

export const indexAgreement = (db: Executor, a: typeof agreements.$inferSelect) =>
  indexRecord(db, {
    recordType: 'agreement',
    recordId: a.id,
    title: a.names.en,
    subtitle: [a.signedOn, a.areas.join(', ')].filter(Boolean).join(' · '),
    body: a.summary,
    names: translations(a.names),
    access: a,
    archivedAt: a.archivedAt,
  });
