// The stage of an initiative as a badge, coloured by where it stands.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeStage } from '../api/types.ts';

const COLOR: Partial<Record<InitiativeStage, string>> = {
  approved: 'teal',
  in_implementation: 'green',
  completion_reporting: 'lime',
  closed: 'gray',
  suspended: 'orange',
  cancelled: 'red',
};

export function StageBadge({ stage }: { stage: InitiativeStage }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOR[stage] ?? 'blue'}>
      {t(`initiatives.stage.${stage}`)}
    </Badge>
  );
}
