// GET /api/people/:id — one person, with what the user may do with it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Person } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath } from '../../../lib/query.ts';
import { peoplePath, personKeys } from './keys.ts';

export const getPerson = (id: string, signal?: AbortSignal) => api.get<Person>(recordPath(peoplePath, id), undefined, signal);

export const personQueryOptions = (id: string) => queryOptions({ queryKey: personKeys.detail(id), queryFn: ({ signal }) => getPerson(id, signal) });

export const usePerson = (id: string) => useQuery(personQueryOptions(id));
