// The second factor on the account security page: its state, setting it up, new recovery codes, switching it off.
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorSetup as Setup } from '../../../../shared/account-security.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { useFormatters } from '../../../lib/format.ts';
import { toast } from '../../../lib/toast.ts';
import { useSecurity } from '../api/get-security.ts';
import { useDisableSecondFactor, useRenewRecoveryCodes, useSetupSecondFactor } from '../api/second-factor.ts';
import { PasswordPrompt } from './PasswordPrompt.tsx';
import { RecoveryCodesList } from './RecoveryCodesList.tsx';
import { SecondFactorSetup } from './SecondFactorSetup.tsx';
import { READABLE_ALERT } from './alert-styles.ts';

export function SecondFactorSection() {
  const { t } = useTranslation();
  const f = useFormatters();
  const query = useSecurity();
  const start = useSetupSecondFactor();
  const disable = useDisableSecondFactor();
  const renew = useRenewRecoveryCodes();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [asking, setAsking] = useState<'disable' | 'renew' | null>(null);

  if (query.isPending) return <Skeleton height={140} radius="md" role="status" aria-label={t('common.list.loading')} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const sf = query.data.secondFactor;

  const begin = () =>
    start.mutate(undefined, {
      onSuccess: setSetup,
      onError: (error) => toast({ color: 'red', message: describeError(error, t), autoClose: false }),
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="second-factor-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="second-factor-title">
            {t('account.secondFactor.title')}
          </Title>
          <Badge
            color={sf.on ? 'green' : 'gray'}
            variant="light"
            tt="none"
            styles={{ root: { color: 'var(--mantine-color-text)' } }}
            leftSection={sf.on ? <IconShieldCheck size={14} aria-hidden /> : undefined}>
            {sf.on ? t('account.secondFactor.on') : t('account.secondFactor.off')}
          </Badge>
        </Group>
        {!sf.on && sf.required && !setup && (
          <Alert color="orange" icon={<IconShieldLock size={18} aria-hidden />} title={t('account.secondFactor.requiredTitle')} variant="light" styles={READABLE_ALERT}>
            {t('account.secondFactor.requiredBody')}
          </Alert>
        )}
        {codes && <RecoveryCodesList codes={codes} onDone={() => setCodes(null)} />}
        {sf.on && !codes && (
          <Stack gap="xs">
            <Text size="sm">{t('account.secondFactor.onSince', { when: f.dateTime(sf.enabledAt) })}</Text>
            <Text size="sm">{t('account.secondFactor.codesLeft', { count: sf.recoveryCodesLeft })}</Text>
            <Group gap="sm">
              <Button variant="default" onClick={() => setAsking('renew')}>
                {t('account.secondFactor.renew')}
              </Button>
              {!sf.required && (
                <Button variant="default" color="red" onClick={() => setAsking('disable')}>
                  {t('account.secondFactor.disable')}
                </Button>
              )}
            </Group>
            {sf.required && (
              <Text size="sm" c="dimmed">
                {t('account.secondFactor.cannotDisable')}
              </Text>
            )}
          </Stack>
        )}
        {!sf.on && !setup && (
          <Stack gap="xs">
            <Text size="sm">{t('account.secondFactor.intro')}</Text>
            <Button onClick={begin} loading={start.isPending} w="fit-content">
              {t('account.secondFactor.setUp')}
            </Button>
          </Stack>
        )}
        {!sf.on && setup && (
          <SecondFactorSetup
            setup={setup}
            onCancel={() => setSetup(null)}
            onConfirmed={(recoveryCodes) => {
              setSetup(null);
              setCodes(recoveryCodes);
              toast({ message: t('account.secondFactor.nowOn'), autoClose: 3000 });
            }}
          />
        )}
      </Stack>
      <PasswordPrompt
        opened={asking === 'renew'}
        formId="renew-codes"
        title={t('account.secondFactor.renewTitle')}
        message={t('account.secondFactor.renewBody')}
        confirmLabel={t('account.secondFactor.renew')}
        onCancel={() => setAsking(null)}
        onConfirm={async (password) => {
          const { recoveryCodes } = await renew.mutateAsync(password);
          setAsking(null);
          setCodes(recoveryCodes);
        }}
      />
      <PasswordPrompt
        opened={asking === 'disable'}
        formId="disable-second-factor"
        title={t('account.secondFactor.disableTitle')}
        message={t('account.secondFactor.disableBody')}
        confirmLabel={t('account.secondFactor.disable')}
        danger
        onCancel={() => setAsking(null)}
        onConfirm={async (password) => {
          await disable.mutateAsync(password);
          setAsking(null);
          toast({ message: t('account.secondFactor.nowOff'), autoClose: 3000 });
        }}
      />
    </Paper>
  );
}
