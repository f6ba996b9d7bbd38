import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import type { ListPage } from './api-client.ts';
import { meQueryKey } from './auth.ts';

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

/** Rows per page in directory lists. */
export const PAGE_SIZE = 25;
