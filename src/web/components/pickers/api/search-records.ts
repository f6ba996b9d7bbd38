// Records of one type found by the global search, and the types it knows: the source of the record picker.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { searchResultSchema, searchTypesSchema } from '../../../../shared/search.ts';
import { api } from '../../../lib/api-client.ts';

export const searchRecords = (recordType: string, q: string, signal?: AbortSignal) =>
  api.get<z.infer<typeof searchResultSchema>>('/api/search', { q, types: [recordType], limit: 20 }, signal);

export const searchRecordsQueryOptions = (recordType: string, q: string) =>
  queryOptions({
    queryKey: ['search', 'records', recordType, q],
    queryFn: ({ signal }) => searchRecords(recordType, q, signal),
    enabled: recordType !== '' && q.trim() !== '',
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

/** The record types search knows, with labels in the signed-in user's language. */
export const searchableTypesQueryOptions = (language: string) =>
  queryOptions({
    queryKey: ['search', 'types', language],
    queryFn: ({ signal }) => api.get<z.infer<typeof searchTypesSchema>>('/api/search/types', undefined, signal),
    staleTime: 10 * 60_000,
  });
