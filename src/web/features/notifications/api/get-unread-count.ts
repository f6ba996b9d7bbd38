// GET /api/notifications/unread-count — the number on the bell.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const unreadCountQueryKey = ['notifications', 'unread'] as const;

export const getUnreadCount = (signal?: AbortSignal) => api.get<{ unread: number }>('/api/notifications/unread-count', undefined, signal);

/** The live stream keeps the count current; the query is the first value and the fallback. */
export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: unreadCountQueryKey, queryFn: ({ signal }) => getUnreadCount(signal), staleTime: 60_000 });

export const useUnreadCount = () => useQuery(unreadCountQueryOptions());
