import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { documentListItemSchema } from '../../../../shared/documents.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';

export type DocumentListItem = z.infer<typeof documentListItemSchema>;

/** A record's attachments, newest first. */
export const getRecordDocuments = (recordType: string, recordId: string, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<DocumentListItem>>('/api/documents', { recordType, recordId, cursor, limit: PAGE_SIZE, sort: '-updatedAt' }, signal);

export const recordDocumentsQueryOptions = (recordType: string, recordId: string) =>
  pagedQueryOptions(['documents', 'list', { recordType, recordId }], (cursor, signal) => getRecordDocuments(recordType, recordId, cursor, signal));

export const useRecordDocuments = (recordType: string, recordId: string) =>
  useInfiniteQuery({ ...recordDocumentsQueryOptions(recordType, recordId), placeholderData: keepPreviousData });
