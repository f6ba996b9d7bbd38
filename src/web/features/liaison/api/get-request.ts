// GET /api/liaison-requests/:id and its steps — one liaison request as the reader may see it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { requestKeys, requestPath } from './keys.ts';
import type { LiaisonRequest, LiaisonStep } from './types.ts';

export const requestQueryOptions = (id: string) =>
  queryOptions({ queryKey: requestKeys.detail(id), queryFn: ({ signal }) => api.get<LiaisonRequest>(requestPath(id), undefined, signal) });

export const useLiaisonRequest = (id: string) => useQuery(requestQueryOptions(id));

export const useSteps = (id: string) =>
  useQuery({ queryKey: requestKeys.part('steps', id), queryFn: ({ signal }) => api.get<{ items: LiaisonStep[] }>(requestPath(id, 'steps'), undefined, signal) });
