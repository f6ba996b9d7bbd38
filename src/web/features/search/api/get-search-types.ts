// GET /api/search/types — the kinds of record the search can be narrowed to, named in the user's language.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.ts';

export interface SearchType {
  type: string;
  label: string;
}

export const getSearchTypes = (signal?: AbortSignal) => api.get<{ items: SearchType[] }>('/api/search/types', undefined, signal);

/** Labels come in a signed-in user's language. */
export const searchTypesQueryOptions = (language: string) =>
  queryOptions({ queryKey: ['search', 'types', language], queryFn: ({ signal }) => getSearchTypes(signal), staleTime: 10 * 60_000 });

export function useSearchTypes() {
  return useQuery(searchTypesQueryOptions(useMe()?.user.language ?? 'en'));
}
