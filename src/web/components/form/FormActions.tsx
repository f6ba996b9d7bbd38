// Save and Cancel at the foot of a form.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FormActions({ submitting, onCancel }: { submitting: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" mt="md">
      <Button type="submit" loading={submitting}>
        {t('common.actions.save')}
      </Button>
      <Button variant="default" onClick={onCancel} disabled={submitting}>
        {t('common.actions.cancel')}
      </Button>
    </Group>
  );
}
