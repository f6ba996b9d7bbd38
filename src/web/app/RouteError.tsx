import { Button, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ForbiddenPage, NotFoundPage } from '../components/PageStates.tsx';
import { isApiError } from '../lib/api-client.ts';
import { describeError } from '../lib/form.ts';

/** Thrown by a route guard when the user lacks the ability the page needs. */
export class ForbiddenError extends Error {
  constructor() {
    super('forbidden');
    this.name = 'ForbiddenError';
  }
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  if (error instanceof ForbiddenError) return <ForbiddenPage />;
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{t('errors.somethingWrong')}</Title>
      <Text>{describeError(error, t)}</Text>
      <Button onClick={reset} w="fit-content">
        {t('actions.retry')}
      </Button>
    </Stack>
  );
}
