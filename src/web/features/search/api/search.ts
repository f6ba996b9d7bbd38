// GET /api/search — hits across every module: the first few for the dialog, page by page for the results page.
import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SearchHit, searchResultSchema } from '../../../../shared/search.ts';
import { api } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.ts';

export type SearchResult = z.infer<typeof searchResultSchema>;
export type { SearchHit };

export interface SearchParams {
  q: string;
  types?: readonly string[];
  limit: number;
}

export const getSearch = (params: SearchParams, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<SearchResult>('/api/search', { q: params.q, types: params.types, limit: params.limit, cursor }, signal);

/** The language a signed-in user's type labels come in (visitors get English ones). */
const useLabelLanguage = () => useMe()?.user.language ?? 'en';

/** The first hits, for the search dialog. */
export const quickSearchQueryOptions = (q: string, language: string) =>
  queryOptions({
    queryKey: ['search', 'quick', q, language],
    queryFn: ({ signal }) => getSearch({ q, limit: 20 }, undefined, signal),
    enabled: q.trim() !== '',
    staleTime: 30_000,
  });

export function useQuickSearch(q: string) {
  return useQuery({ ...quickSearchQueryOptions(q, useLabelLanguage()), placeholderData: keepPreviousData });
}

/** Every hit, page by page, for the results page. */
export const searchResultsQueryOptions = (params: SearchParams, language: string) =>
  infiniteQueryOptions({
    queryKey: ['search', 'results', params, language],
    queryFn: ({ pageParam, signal }) => getSearch(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: SearchResult) => last.nextCursor ?? undefined,
    enabled: params.q.trim() !== '',
  });

export function useSearchResults(params: SearchParams) {
  return useInfiniteQuery({ ...searchResultsQueryOptions(params, useLabelLanguage()), placeholderData: keepPreviousData });
}
