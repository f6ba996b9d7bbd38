// The stage of an initiative as a badge, tinted by where it stands (the word carries the meaning).
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
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
    <ToneBadge color={COLOR[stage] ?? 'blue'}>{t(`initiatives.stage.${stage}`)}</ToneBadge>
  );
}
