// Save and Cancel at the foot of a form.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Submit and cancel; `submitLabel` names the act when it is not a plain save ("Link"). */
export function FormActions({ submitting, onCancel, submitLabel }: { submitting: boolean; onCancel: () => void; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" mt="md">
      <Button type="submit" loading={submitting}>
        {submitLabel ?? t('common.actions.save')}
      </Button>
      <Button variant="default" onClick={onCancel} disabled={submitting}>
        {t('common.actions.cancel')}
      </Button>
    </Group>
  );
}
