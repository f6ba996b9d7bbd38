// Words for record links: the type of the linked record, and how it is linked.
import { useTranslation } from 'react-i18next';
import type { RecordLinkView } from './api/record-links.ts';

export function useLinkLabels() {
  const { t, i18n } = useTranslation();
  const typeLabel = (type: string, fallback?: string) => {
    const key = `links.types.${type}`;
    return i18n.exists(key) ? (t(key as never) as string) : (fallback ?? type.replaceAll('_', ' '));
  };
  const howLabel = (l: RecordLinkView) =>
    l.kind === 'related' ? t('links.how.related') : l.direction === 'outgoing' ? t('links.how.referencesOutgoing') : t('links.how.referencesIncoming');
  const titleOf = (l: RecordLinkView) => (i18n.language === 'ru' && l.record.titleRu) || l.record.title;
  return { typeLabel, howLabel, titleOf };
}
