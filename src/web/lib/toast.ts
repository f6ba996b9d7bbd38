// Toasts: brief notifications, their close button named for assistive technology.
import { type NotificationData, notifications } from '@mantine/notifications';
import { i18next } from './i18n.ts';

/** A brief notification; its close button is named for assistive technology. */
export function toast(data: NotificationData): string {
  return notifications.show({ closeButtonProps: { 'aria-label': i18next.t('common.actions.close') }, ...data });
}

export function hideToast(id: string): void {
  notifications.hide(id);
}
