import type { Language } from '../../../shared/common.ts';

export type Rendered = { title: string; body: string };
export type NotificationKind = {
  kind: string;
  /** Name of the kind in the preferences screen. */
  label: Record<Language, string>;
  render(params: Record<string, string | number | null>, lang: Language): Rendered;
  /** Web path of the record, for links. */
  path(recordType: string, recordId: string): string;
};

const kinds = new Map<string, NotificationKind>();

/** Modules declare each kind of event they notify about, with its text in every language. */
export function defineNotificationKind(k: NotificationKind) {
  kinds.set(k.kind, k);
  return k;
}

export const notificationKind = (kind: string) => kinds.get(kind);
export const allNotificationKinds = () => [...kinds.values()];

/** Text for a notification whose kind is no longer known (e.g. a module removed). */
export function renderNotification(kind: string, params: Record<string, string | number | null>, lang: Language): Rendered {
  const k = kinds.get(kind);
  if (k) return k.render(params, lang);
  return lang === 'ru' ? { title: 'Уведомление', body: '' } : { title: 'Notification', body: '' };
}
