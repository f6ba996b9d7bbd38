// Query keys of documents: every key starts with `documents`.
import { collectionKeys } from '../../../lib/query.ts';

export const documentKeys = collectionKeys('documents');

/** After a document changes: its own page from the answer, and every record's list of attachments refreshed. */
export const documentWrite = { detail: (doc: { id: string }) => documentKeys.detail(doc.id), refresh: () => [documentKeys.part('list')] };
