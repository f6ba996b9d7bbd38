// GET /api/focal-points and /api/focal-points/lookup — focal points per organisation and area, and "who do I call".
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { focalPointKeys } from './keys.ts';
import type { FocalPoint } from './types.ts';

export const useFocalPoints = (params: { q?: string; sort: 'area' }) => useListQuery(listQueryOptions<FocalPoint>(focalPointKeys.list(params), '/api/focal-points', { ...params, limit: 100 }));

export const useFocalLookup = (organizationId: string | null, area: string) =>
  useQuery({
    queryKey: focalPointKeys.part('lookup', `${organizationId}:${area}`),
    queryFn: ({ signal }) => api.get<{ items: FocalPoint[] }>('/api/focal-points/lookup', { organizationId: organizationId ?? '', area }, signal),
    enabled: !!organizationId && area.trim().length > 0,
  });
