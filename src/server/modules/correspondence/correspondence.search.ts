// What the correspondence module puts in the cross-module search index: each item by number, subject, correspondents and text.
import type { Executor } from '../../db/client.ts';
import type { correspondence } from '../../db/schema/correspondence.table.ts';
import { inEveryLanguage } from '../../platform/i18n/texts.ts';
import { defineSearchType, indexRecord } from '../../platform/search/search-index.ts';

export const correspondenceSearchTypes = [
  defineSearchType({ type: 'correspondence', label: inEveryLanguage('correspondence.search.item'), path: (id) => `/correspondence/${id}` }),
];

const plain = (html: string | null) => (html ?? '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();

export const indexCorrespondence = (db: Executor, r: typeof correspondence.$inferSelect, names: string[]) =>
  indexRecord(db, {
    recordType: 'correspondence',
    recordId: r.id,
    title: `${r.registerNumber} ${r.subject}`,
    subtitle: [r.kind.replaceAll('_', ' '), r.direction, r.date].join(' · '),
    body: [plain(r.body), ...names].filter(Boolean).join('\n') || null,
    names: [r.registerNumber, r.theirReference, ...names],
    access: r,
    archivedAt: r.archivedAt,
  });
