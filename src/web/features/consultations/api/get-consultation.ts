// GET /api/consultations/:id — one consultation, refreshed while it is open so an outcome at the deadline appears by itself.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { Consultation } from './types.ts';

export const consultationQueryOptions = (id: string) =>
  queryOptions({ queryKey: keys.detail(id), queryFn: ({ signal }) => api.get<Consultation>(consultationPath(id), undefined, signal) });

/**
 * While it is open, the consultation is refreshed every half minute, and
 * every couple of seconds once its closing instant has passed, so the
 * outcome recorded at the expiry appears without a reload.
 */
export const useConsultation = (id: string) =>
  useQuery({
    ...consultationQueryOptions(id),
    refetchInterval: (q) => {
      const c = q.state.data;
      if (c?.status !== 'open') return false;
      const left = c.closesAt ? new Date(c.closesAt).getTime() - Date.now() : Number.POSITIVE_INFINITY;
      return left <= 0 ? 2000 : Math.min(30_000, left + 500);
    },
  });
