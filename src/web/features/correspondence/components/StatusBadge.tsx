// An item's status as a badge, and the overdue mark beside it.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceStatus } from '../api/types.ts';

const COLOR: Record<CorrespondenceStatus, string> = {
  draft: 'gray',
  approved: 'teal',
  dispatched: 'blue',
  acknowledged: 'green',
  registered: 'gray',
  assigned: 'blue',
  answered: 'green',
  filed: 'green',
  cancelled: 'red',
};

export function StatusBadge({ status, overdue = false }: { status: CorrespondenceStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color={COLOR[status]} styles={{ label: { color: 'var(--mantine-color-text)' } }}>
        {t(`correspondence.status.${status}`)}
      </Badge>
      {overdue && (
        <Badge variant="light" color="red" styles={{ label: { color: 'var(--mantine-color-text)' } }}>
          {t('correspondence.overdue')}
        </Badge>
      )}
    </Group>
  );
}
