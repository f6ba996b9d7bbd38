// Audit entries in words: record types, field names and actions, in the user's language when known.
import type { TFunction } from 'i18next';
import type { i18n as I18n } from 'i18next';

export const RECORD_TYPES = ['organization', 'person', 'party', 'delegation', 'user', 'session'] as const;

/** A translated label when one exists, else the raw name made readable. */
function lookup(i18n: I18n, t: TFunction, key: string, fallback: string): string {
  return i18n.exists(key) ? (t(key as never) as string) : fallback;
}

const humanize = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]/g, ' ').toLowerCase();

export const recordTypeLabel = (i18n: I18n, t: TFunction, type: string) => lookup(i18n, t, `audit.recordTypes.${type}`, humanize(type));

export const fieldLabel = (i18n: I18n, t: TFunction, field: string) => lookup(i18n, t, `audit.fields.${field}`, humanize(field));

/** `organization.update` → "Organisation updated". */
export function actionLabel(i18n: I18n, t: TFunction, action: string): string {
  const dot = action.lastIndexOf('.');
  const type = dot > 0 ? action.slice(0, dot) : '';
  const verb = dot > 0 ? action.slice(dot + 1) : action;
  const verbText = lookup(i18n, t, `audit.verbs.${verb}`, humanize(verb));
  return type ? t('audit.actionFormat', { record: recordTypeLabel(i18n, t, type), verb: verbText }) : verbText;
}
