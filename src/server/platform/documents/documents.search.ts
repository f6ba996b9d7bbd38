// What documents put in the cross-module search index: the title and the text extracted from the file.
import type { Executor } from '../../db/client.ts';
import { inEveryLanguage } from '../i18n/texts.ts';
import { defineSearchType, indexRecord } from '../search/search-index.ts';
import { type DocumentRow, indexedContent } from './documents.repository.ts';

export const documentSearchType = defineSearchType({
  type: 'document',
  label: inEveryLanguage('documents.search.document'),
  path: (id) => `/documents/${id}`,
});

/**
 * Puts a document in the search index under its own access: by title from
 * the moment it is uploaded, and with the text of its current version once
 * extracted. What is not given (`text`, `filename`) is kept from the index.
 */
export async function indexDocument(db: Executor, doc: DocumentRow, opts: { filename?: string | null; text?: string } = {}) {
  const kept = opts.text === undefined || opts.filename === undefined ? await indexedContent(db, doc.id) : null;
  await indexRecord(db, {
    recordType: 'document',
    recordId: doc.id,
    title: doc.title,
    subtitle: opts.filename !== undefined ? opts.filename : (kept?.subtitle ?? null),
    body: opts.text ?? kept?.body ?? '',
    access: doc,
    archivedAt: doc.archivedAt,
  });
}
