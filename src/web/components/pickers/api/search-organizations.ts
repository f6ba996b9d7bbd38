// GET /api/organizations?q= — organisations matching what is typed in a picker.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Organization } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';

export const searchOrganizations = (q: string, signal?: AbortSignal) =>
  api.get<ListPage<Organization>>('/api/organizations', { q, limit: 20, sort: 'name' }, signal);

export const searchOrganizationsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['organizations', 'search', q],
    queryFn: ({ signal }) => searchOrganizations(q, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
