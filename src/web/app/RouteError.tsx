// What a page shows when loading it failed: "not found" for a 404, else the reason and Retry.
import { Button, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../components/PageStates.tsx';
import { isApiError } from '../lib/api-client.ts';
import { describeError } from '../lib/form.ts';

export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{t('common.errors.somethingWrong')}</Title>
      <Text>{describeError(error, t)}</Text>
      <Button onClick={reset} w="fit-content">
        {t('common.actions.retry')}
      </Button>
    </Stack>
  );
}
