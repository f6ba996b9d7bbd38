// GET /api/organizations?ids= — organisations by id, to name the ones a record refers to.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Organization } from '../../../shared/directory.ts';
import { api, type ListPage } from '../../lib/api-client.ts';

/** Organisations by id, to label references (sharing lists, parents). */
export const getOrganizationsByIds = (ids: readonly string[], signal?: AbortSignal) =>
  api.get<ListPage<Organization>>('/api/organizations', { ids: ids.join(','), limit: 100, archived: 'include' }, signal);

export const organizationsByIdsQueryOptions = (ids: readonly string[]) =>
  queryOptions({
    queryKey: ['organizations', 'byIds', [...ids].sort()],
    queryFn: ({ signal }) => getOrganizationsByIds(ids, signal),
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
  });

export function useOrganizationsLookup(ids: readonly string[]) {
  const query = useQuery({ ...organizationsByIdsQueryOptions(ids), placeholderData: keepPreviousData });
  return useMemo(() => new Map((query.data?.items ?? []).map((o) => [o.id, o])), [query.data]);
}
