// The shared parts of every API request file: query keys per collection, cursor-paged list queries, and the refresh after a write.
import {
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { api, type ListPage, type QueryParams } from './api-client.ts';
import { meQueryKey } from './auth.ts';

/** Rows per page in lists. */
export const PAGE_SIZE = 25;

/**
 * The query keys of one collection. Every key starts with the collection's
 * name, so one invalidation (`keys.all`) refreshes everything about it.
 */
export function collectionKeys<C extends string>(collection: C) {
  return {
    all: [collection] as const,
    /** A list with its filters (the filters are part of the key). */
    list: (params: object = {}) => [collection, 'list', params] as const,
    detail: (id: string) => [collection, 'detail', id] as const,
    /** Anything else about the collection or one record (`part('agenda', meetingId)`). */
    part: (name: string, ...rest: unknown[]) => [collection, name, ...rest] as const,
  };
}

/** The API path of a record, or of something below it: `recordPath('/api/meetings', id, 'agenda-items')`. */
export const recordPath = (collection: string, id: string, ...below: string[]): string =>
  [`${collection}/${encodeURIComponent(id)}`, ...below].join('/');

/**
 * After a change to any record, lists and details elsewhere may show it too
 * (a person's posts name organisations, delegations name people): refresh them all.
 */
export function invalidateRecords(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
}

/** When the user changes, what they may see changes: forget every record. */
export function forgetRecords(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
}

/** Query options for a cursor-paged list ("Load more"). */
export function pagedQueryOptions<T>(
  queryKey: readonly unknown[],
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<ListPage<T>>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: ListPage<T>) => last.nextCursor ?? undefined,
  });
}

/**
 * A collection endpoint as a paged list: the filters go in the key and in the
 * query string, with the cursor and the page size.
 */
export function listQueryOptions<T>(queryKey: readonly unknown[], path: string, params: QueryParams, limit: number = PAGE_SIZE) {
  return pagedQueryOptions<T>(queryKey, (cursor, signal) => api.get<ListPage<T>>(path, { ...params, cursor, limit }, signal));
}

/** A paged list that keeps showing the previous rows while a new filter loads. */
export function useListQuery<T>(options: ReturnType<typeof pagedQueryOptions<T>>) {
  return useInfiniteQuery({ ...options, placeholderData: keepPreviousData });
}

interface WriteOptions<TResult, TVariables> {
  /** The record's detail key: the answer is put there at once, so its page shows it without asking again. */
  detail?: (result: TResult, variables: TVariables) => QueryKey;
  /**
   * What to refresh afterwards: every record (the default, since other pages
   * may show the changed one), or only the given keys.
   */
  refresh?: 'records' | ((result: TResult, variables: TVariables) => readonly QueryKey[]);
}

/** A write (create, update, archive, …): runs the request, then puts the answer in the cache and refreshes what may show it. */
export function useWrite<TResult, TVariables = void>(mutationFn: (variables: TVariables) => Promise<TResult>, options: WriteOptions<TResult, TVariables> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result, variables) => {
      if (options.detail) queryClient.setQueryData(options.detail(result, variables), result);
      const refresh = options.refresh ?? 'records';
      if (refresh === 'records') return invalidateRecords(queryClient);
      await Promise.all(refresh(result, variables).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
