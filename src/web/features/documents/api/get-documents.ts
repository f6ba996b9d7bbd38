// GET /api/documents?recordType=&recordId= — a record's attachments, newest first.
import type { z } from 'zod';
import type { documentListItemSchema } from '../../../../shared/documents.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { documentKeys } from './keys.ts';

export type DocumentListItem = z.infer<typeof documentListItemSchema>;

export const recordDocumentsQueryOptions = (recordType: string, recordId: string) =>
  listQueryOptions<DocumentListItem>(documentKeys.list({ recordType, recordId }), '/api/documents', { recordType, recordId, sort: '-updatedAt' });

export const useRecordDocuments = (recordType: string, recordId: string) => useListQuery(recordDocumentsQueryOptions(recordType, recordId));
