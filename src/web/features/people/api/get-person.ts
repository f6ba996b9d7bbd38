import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Person } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';

export const getPerson = (id: string, signal?: AbortSignal) =>
  api.get<Person>(`/api/people/${encodeURIComponent(id)}`, undefined, signal);

export const personQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['people', 'detail', id], queryFn: ({ signal }) => getPerson(id, signal) });

export const usePerson = (id: string) => useQuery(personQueryOptions(id));
