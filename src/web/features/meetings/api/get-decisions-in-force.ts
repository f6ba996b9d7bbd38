// GET /api/decisions?status=in_force — a body's decisions still in force (those a new decision may supersede).
import { useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { decisionKeys } from './keys.ts';
import type { Decision } from './types.ts';

export const useDecisionsInForce = (bodyId: string | null) =>
  useQuery({
    queryKey: decisionKeys.part('in-force', bodyId),
    queryFn: ({ signal }) => api.get<ListPage<Decision>>('/api/decisions', { bodyId, status: 'in_force', limit: 100, sort: '-createdAt' }, signal),
    enabled: Boolean(bodyId),
  });
