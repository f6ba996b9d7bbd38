// GET /api/documents/:id — one document with its versions.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Document } from '../../../../shared/documents.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath } from '../../../lib/query.ts';
import { documentKeys } from './keys.ts';

export const getDocument = (id: string, signal?: AbortSignal) => api.get<Document>(recordPath('/api/documents', id), undefined, signal);

export const documentQueryOptions = (id: string) => queryOptions({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => getDocument(id, signal) });

export const useDocument = (id: string | null) => useQuery({ ...documentQueryOptions(id ?? ''), enabled: id !== null });
