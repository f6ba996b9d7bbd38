// GET /api/people?q= — people matching what is typed in a picker.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Person } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';

export const searchPeople = (q: string, signal?: AbortSignal) =>
  api.get<ListPage<Person>>('/api/people', { q, limit: 20, sort: 'name' }, signal);

export const searchPeopleQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['people', 'search', q],
    queryFn: ({ signal }) => searchPeople(q, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
