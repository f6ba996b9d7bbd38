// Whole-page states: the loading skeleton, not found, no access, and a record that could not be loaded.
import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useRouter, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client.ts';
import { useMe } from '../lib/auth.ts';
import { describeError } from '../lib/form.ts';

export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" role="status" aria-label={t('common.list.loading')}>
      <Skeleton height={14} width={120} />
      <Skeleton height={32} width="60%" />
      <Group gap="xs">
        <Skeleton height={20} width={90} />
        <Skeleton height={20} width={70} />
      </Group>
      <Skeleton height={180} mt="md" />
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const me = useMe();
  const href = useRouterState({ select: (s) => s.location.href });
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{t('common.errors.notFoundTitle')}</Title>
      <Text>{me ? t('common.errors.notFoundBody') : t('common.errors.notFoundAnonymous')}</Text>
      <Group>
        <Button variant="default" onClick={() => router.history.back()}>
          {t('common.actions.goBack')}
        </Button>
        {me ? (
          <Button onClick={() => router.navigate({ to: '/' })}>{t('common.nav.today')}</Button>
        ) : (
          <Button onClick={() => router.navigate({ to: '/login', search: { redirect: href } })}>{t('common.session.signIn')}</Button>
        )}
      </Group>
    </Stack>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{t('common.errors.forbiddenTitle')}</Title>
      <Text>{t('common.errors.forbiddenBody')}</Text>
    </Stack>
  );
}

/** A record that is missing or hidden from this user looks the same: not found. */
export function RecordLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && (error.status === 404 || error.status === 403)) return <NotFoundPage />;
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{t('common.errors.loadFailed')}</Title>
      <Text>{describeError(error, t)}</Text>
      <Group>
        <Button onClick={onRetry}>{t('common.actions.retry')}</Button>
      </Group>
    </Stack>
  );
}
