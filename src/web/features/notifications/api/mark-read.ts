// POST /api/notifications/read — marks notifications read (some, or all).
import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { type NotificationsPage, notificationsListKey } from './get-notifications.ts';
import { unreadCountQueryKey } from './get-unread-count.ts';

/** Marks the given notifications read, or all of them when no ids are given. */
export const markRead = (ids?: string[]) => api.post<{ unread: number }>('/api/notifications/read', ids ? { ids } : {});

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => markRead(ids),
    onSuccess: ({ unread }, ids) => {
      queryClient.setQueryData(unreadCountQueryKey, { unread });
      const now = new Date().toISOString();
      // Shown as read at once; the lists then refresh from the server.
      queryClient.setQueriesData<InfiniteData<NotificationsPage>>({ queryKey: notificationsListKey }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                unread,
                items: page.items.map((n) => (n.readAt || (ids && !ids.includes(n.id)) ? n : { ...n, readAt: now })),
              })),
            }
          : data,
      );
      return queryClient.invalidateQueries({ queryKey: notificationsListKey });
    },
  });
}
