// The sign-in page; afterwards back to the page that asked for it.
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { LoginForm } from '../components/LoginForm.tsx';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const router = useRouter();
  const me = useMe();
  usePageTitle(t('auth.signInTitle'));

  const goBack = () => router.history.replace(redirect ?? '/');

  // Someone already signed in has nothing to do here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked once, on arrival
  useEffect(() => {
    if (me) goBack();
  }, []);

  return (
    <Center py="xl">
      <Paper withBorder p="xl" radius="md" w="100%" maw={440}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h2" id="login-title">
              {t('auth.signInTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('auth.signInIntro')}
            </Text>
          </Stack>
          <LoginForm onSignedIn={goBack} />
        </Stack>
      </Paper>
    </Center>
  );
}
