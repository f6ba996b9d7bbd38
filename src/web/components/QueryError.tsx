// A failed request inside a page: the reason in the user's language, with Retry.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/form.ts';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="outline" icon={<IconAlertTriangle aria-hidden />} title={t('common.errors.loadFailed')} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{describeError(error, t)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.actions.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
