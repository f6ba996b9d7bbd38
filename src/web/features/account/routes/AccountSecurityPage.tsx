// The account security page: the second factor and recovery codes, the sessions, the password, the API tokens.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/page-title.ts';
import { ApiTokensSection } from '../components/ApiTokensSection.tsx';
import { PasswordSection } from '../components/PasswordSection.tsx';
import { SecondFactorSection } from '../components/SecondFactorSection.tsx';
import { SessionsSection } from '../components/SessionsSection.tsx';

export function AccountSecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('account.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.intro')}
        </Text>
      </Stack>
      <SecondFactorSection />
      <SessionsSection />
      <PasswordSection />
      <ApiTokensSection />
    </Stack>
  );
}
