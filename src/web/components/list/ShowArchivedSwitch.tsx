// The "Show archived" switch of a list's toolbar.
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ShowArchivedSwitch({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return <Switch label={t('common.list.showArchived')} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />;
}
