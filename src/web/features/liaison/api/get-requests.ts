// GET /api/liaison-requests — the liaison requests the reader may see, filtered by status, organisation and overdue, sorted and paged on the server.
import { useQuery } from '@tanstack/react-query';
import type { LiaisonStatus } from '../../../../shared/liaison.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { requestKeys } from './keys.ts';
import type { LiaisonRequest } from './types.ts';

export interface RequestsParams {
  q?: string;
  status?: LiaisonStatus;
  overdue?: 'true';
  sort: 'reference' | 'targetDate' | '-updatedAt';
}

export const useLiaisonRequests = (params: RequestsParams) => useListQuery(listQueryOptions<LiaisonRequest>(requestKeys.list(params), '/api/liaison-requests', { ...params }));

/** Every request of the view at once, for the board (up to 100), refreshed every few seconds so moves by others show. */
export const useBoardRequests = (params: Omit<RequestsParams, 'status'>) =>
  useQuery({
    queryKey: requestKeys.list({ ...params, board: true }),
    queryFn: ({ signal }) => api.get<ListPage<LiaisonRequest>>('/api/liaison-requests', { ...params, limit: 100 }, signal),
    refetchInterval: 5_000,
  });
