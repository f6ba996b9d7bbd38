// Notification kinds: their names and texts in every language; filled from the module manifests at start.
import type { Language } from '../../../shared/common.ts';
import { text } from '../i18n/texts.ts';

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

/** A kind of event a module notifies about, with its text in every language; listed in the module's manifest. */
export function defineNotificationKind(k: NotificationKind) {
  return k;
}

/** Registers a notification kind; called by `installModules`. */
export function registerNotificationKind(k: NotificationKind) {
  kinds.set(k.kind, k);
}

export const notificationKind = (kind: string) => kinds.get(kind);
export const allNotificationKinds = () => [...kinds.values()];

/** Text for a notification whose kind is no longer known (e.g. a module removed). */
export function renderNotification(kind: string, params: Record<string, string | number | null>, lang: Language): Rendered {
  const k = kinds.get(kind);
  if (k) return k.render(params, lang);
  return { title: text(lang, 'notifications.unknownKind.title'), body: '' };
}
