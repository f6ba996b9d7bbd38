// GET /api/notifications — the user's notifications, newest first, with the unread count.
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Notification } from '../../../../shared/notifications.ts';
import { api } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.ts';

export interface NotificationsPage {
  items: Notification[];
  nextCursor: string | null;
  unread: number;
}

export interface NotificationsParams {
  unreadOnly?: boolean;
  limit: number;
}

export const notificationsListKey = ['notifications', 'list'] as const;

export const getNotifications = (params: NotificationsParams, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<NotificationsPage>('/api/notifications', { limit: params.limit, cursor, unread: params.unreadOnly ? 'true' : undefined }, signal);

/** The server words notifications in the user's language: a change of language is a new list. */
export const notificationsQueryOptions = (params: NotificationsParams, language: string) =>
  infiniteQueryOptions({
    queryKey: [...notificationsListKey, params, language],
    queryFn: ({ pageParam, signal }) => getNotifications(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: NotificationsPage) => last.nextCursor ?? undefined,
  });

export function useNotifications(params: NotificationsParams) {
  const language = useMe()?.user.language ?? 'en';
  return useInfiniteQuery({ ...notificationsQueryOptions(params, language), placeholderData: keepPreviousData });
}
