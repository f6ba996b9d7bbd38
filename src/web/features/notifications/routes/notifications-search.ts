// The notifications page's URL search parameters: tab and unread only.
import { oneOf } from '../../../lib/search-params.ts';

export const NOTIFICATION_TABS = ['all', 'settings'] as const;
export type NotificationTab = (typeof NOTIFICATION_TABS)[number];

export interface NotificationsSearch {
  /** `settings` shows how each kind of event is delivered; the list is the default. */
  tab?: Exclude<NotificationTab, 'all'>;
  unread?: 'only';
}

export function parseNotificationsSearch(raw: Record<string, unknown>): NotificationsSearch {
  return { tab: oneOf(raw.tab, ['settings'] as const), unread: oneOf(raw.unread, ['only'] as const) };
}
