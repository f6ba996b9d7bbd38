// GET /api/initiatives/:id — one initiative with its derived money and next stages; and its stage history.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { initiativeKeys, initiativePath } from './keys.ts';
import type { Initiative, StageChange } from './types.ts';

export const initiativeQueryOptions = (id: string) =>
  queryOptions({ queryKey: initiativeKeys.detail(id), queryFn: ({ signal }) => api.get<Initiative>(initiativePath(id), undefined, signal) });

export const useInitiative = (id: string) => useQuery(initiativeQueryOptions(id));

export const useStageHistory = (id: string) =>
  useQuery({ queryKey: initiativeKeys.part('history', id), queryFn: ({ signal }) => api.get<{ items: StageChange[] }>(initiativePath(id, 'history'), undefined, signal) });
