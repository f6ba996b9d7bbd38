// The "Archived" badge of an archived record.
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from './ToneBadge.tsx';

export function ArchivedBadge({ archivedAt }: { archivedAt: string | null }) {
  const { t } = useTranslation();
  if (!archivedAt) return null;
  return (
    <ToneBadge color="yellow" leftSection={<IconArchive size={12} aria-hidden />}>
      {t('common.record.archived')}
    </ToneBadge>
  );
}
