// GET /api/notifications/stream (server-sent events) — keeps the unread count live.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { meQueryKey } from '../../../lib/auth.ts';
import { notificationsListKey } from './get-notifications.ts';
import { unreadCountQueryKey } from './get-unread-count.ts';

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 60_000;

/**
 * Keeps the unread count live with the server's event stream (`unread` events).
 * The browser reconnects a dropped stream by itself; when the server refuses it
 * (signed out, session expired) it is tried again later, and the user re-checked.
 */
export function useNotificationStream(userId: string | null) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: number | undefined;
    let delay = FIRST_RETRY_MS;
    let stopped = false;

    const onUnread = (event: MessageEvent<string>) => {
      delay = FIRST_RETRY_MS;
      try {
        const data: unknown = JSON.parse(event.data);
        if (data && typeof data === 'object' && 'unread' in data && typeof data.unread === 'number') {
          queryClient.setQueryData(unreadCountQueryKey, { unread: data.unread });
          queryClient.invalidateQueries({ queryKey: notificationsListKey });
        }
      } catch {
        // a malformed event is ignored; the next one carries the count again
      }
    };

    const connect = () => {
      source = new EventSource('/api/notifications/stream');
      source.addEventListener('unread', onUnread);
      source.onerror = () => {
        if (stopped || source?.readyState !== EventSource.CLOSED) return;
        source.close();
        queryClient.invalidateQueries({ queryKey: meQueryKey });
        timer = window.setTimeout(connect, delay);
        delay = Math.min(delay * 2, LONGEST_RETRY_MS);
      };
    };

    connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      source?.close();
    };
  }, [userId, queryClient]);
}
