// GET /api/bodies — the bodies a consultation may belong to (with their member parties, the default distribution list).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Body } from '../../../../shared/meetings.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { collectionKeys } from '../../../lib/query.ts';

export const bodiesQueryOptions = () =>
  queryOptions({
    queryKey: collectionKeys('bodies').part('for-consultations'),
    queryFn: ({ signal }) => api.get<ListPage<Body>>('/api/bodies', { limit: 100, sort: 'name' }, signal),
    staleTime: 5 * 60_000,
  });

export const useBodies = () => useQuery(bodiesQueryOptions());
