// "History": the audit trail filtered to this record, for those who may read it.
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/auth.ts';
import { ButtonLink } from '../links.tsx';

/** Opens the audit log filtered to this record, for those who may read it. */
export function HistoryLink({ recordType, recordId }: { recordType: string; recordId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me?.abilities.viewAudit) return null;
  return (
    <ButtonLink to="/audit" search={{ recordType, recordId }} variant="subtle" leftSection={<IconHistory size={16} aria-hidden />}>
      {t('common.record.history')}
    </ButtonLink>
  );
}
