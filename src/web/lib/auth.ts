// Who is signed in: loaded once per session, null for a visitor.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '../../shared/auth.ts';
import { ApiError, api } from './api-client.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null for an anonymous visitor. */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    // Answers a visitor with `me: null` rather than a 401, so the browser logs no error.
    const session = await api.get<{ me: Me | null }>('/api/auth/session', undefined, signal);
    return session.me ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });

/** Loads the current user once; an unreachable server counts as anonymous. */
export async function ensureMe(queryClient: QueryClient): Promise<Me | null> {
  try {
    return await queryClient.ensureQueryData(meQueryOptions());
  } catch {
    return null;
  }
}

export function useMe(): Me | null {
  const { data } = useQuery(meQueryOptions());
  return data ?? null;
}
