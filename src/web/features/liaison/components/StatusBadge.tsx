// The status of a liaison request as a badge, tinted by where it stands (the word carries the meaning); and the overdue mark.
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import type { LiaisonStatus } from '../api/types.ts';

const COLOR: Partial<Record<LiaisonStatus, string>> = { draft: 'gray', acknowledged: 'cyan', meeting_scheduled: 'teal', done: 'green', declined: 'red', lapsed: 'orange' };

export function StatusBadge({ status }: { status: LiaisonStatus }) {
  const { t } = useTranslation();
  return <ToneBadge color={COLOR[status] ?? 'blue'}>{t(`liaison.status.${status}`)}</ToneBadge>;
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return <ToneBadge color="red">{t('liaison.request.overdue')}</ToneBadge>;
}
