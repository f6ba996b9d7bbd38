// GET /api/consultations/:id/redline?from=&to= — the changes between two versions.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { Redline } from './types.ts';

export const useRedline = (id: string, from: string | null, to: string | null) =>
  useQuery({
    queryKey: keys.part('redline', id, from, to),
    queryFn: ({ signal }) => api.get<Redline>(consultationPath(id, 'redline'), { from, to }, signal),
    enabled: Boolean(from && to && from !== to),
    staleTime: Number.POSITIVE_INFINITY,
  });
