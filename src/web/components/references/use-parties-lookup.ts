// GET /api/parties — every party the user may see, to name the ones a record refers to.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Party } from '../../../shared/directory.ts';
import { api, type ListPage } from '../../lib/api-client.ts';

/** Every party the user may see: a short list (member states and partners), loaded once. */
export const getAllParties = (signal?: AbortSignal) =>
  api.get<ListPage<Party>>('/api/parties', { limit: 100, archived: 'include', sort: 'name' }, signal);

export const allPartiesQueryOptions = () =>
  queryOptions({ queryKey: ['parties', 'all'], queryFn: ({ signal }) => getAllParties(signal), staleTime: 5 * 60_000 });

export function usePartiesLookup() {
  const query = useQuery(allPartiesQueryOptions());
  return useMemo(() => {
    const list = query.data?.items ?? [];
    const byCode = new Map(list.map((p) => [p.code, p]));
    return { list, byCode, isPending: query.isPending };
  }, [query.data, query.isPending]);
}
