import type { QueryClient } from '@tanstack/react-query';
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
