// Words for record links: the type of the linked record, and how it is linked.
import { useTranslation } from 'react-i18next';
import type { RecordLinkView } from './api/record-links.ts';

export function useLinkLabels() {
  const { t, i18n } = useTranslation();
  const typeLabel = (type: string, fallback?: string) => {
    const key = `common.links.types.${type}`;
    return i18n.exists(key) ? (t(key as never) as string) : (fallback ?? type.replaceAll('_', ' '));
  };
  const howLabel = (l: RecordLinkView) =>
    l.kind === 'related' ? t('common.links.how.related') : l.direction === 'outgoing' ? t('common.links.how.referencesOutgoing') : t('common.links.how.referencesIncoming');
  const titleOf = (l: RecordLinkView) => (i18n.language === 'ru' && l.record.titleRu) || l.record.title;
  return { typeLabel, howLabel, titleOf };
}
