import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Document } from '../../../../shared/documents.ts';
import { api } from '../../../lib/api-client.ts';

export const getDocument = (id: string, signal?: AbortSignal) => api.get<Document>(`/api/documents/${encodeURIComponent(id)}`, undefined, signal);

export const documentQueryOptions = (id: string) => queryOptions({ queryKey: ['documents', 'detail', id], queryFn: ({ signal }) => getDocument(id, signal) });

export const useDocument = (id: string | null) => useQuery({ ...documentQueryOptions(id ?? ''), enabled: id !== null });
