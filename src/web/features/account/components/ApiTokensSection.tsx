// The user's API tokens on the account security page: the list, making one (its secret shown once) and revoking one.
import { Button, Group, Modal, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../shared/api-tokens.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { ApiTokenTable } from '../../../components/tokens/ApiTokenTable.tsx';
import { TokenSecret } from '../../../components/tokens/TokenSecret.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useOwnTokens, useRevokeOwnToken } from '../api/api-tokens.ts';
import { NewTokenForm } from './NewTokenForm.tsx';

export function ApiTokensSection() {
  const { t } = useTranslation();
  const query = useOwnTokens();
  const revoke = useRevokeOwnToken();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const close = () => {
    setCreating(false);
    setSecret(null);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="api-tokens-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="api-tokens-title">
            {t('account.tokens.title')}
          </Title>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('common.tokens.new')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('account.tokens.intro')}
        </Text>
        {query.isPending ? (
          <Skeleton height={80} radius="md" role="status" aria-label={t('common.list.loading')} />
        ) : query.isError ? (
          <QueryError error={query.error} onRetry={() => query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <Text size="sm">{t('account.tokens.none')}</Text>
        ) : (
          <ApiTokenTable items={query.data.items} labelledBy="api-tokens-title" onRevoke={setRevoking} />
        )}
      </Stack>
      <Modal
        opened={creating}
        onClose={close}
        title={secret ? t('common.tokens.createdTitle') : t('common.tokens.new')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      >
        {creating && (secret ? <TokenSecret secret={secret} onDone={close} /> : <NewTokenForm onCancel={close} onCreated={(c) => setSecret(c.secret)} />)}
      </Modal>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('common.tokens.revokeTitle', { name: revoking?.name ?? '' })}
        message={t('common.tokens.revokeBody')}
        confirmLabel={t('common.tokens.revoke')}
        danger
        loading={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setRevoking(null);
              toast({ message: t('common.tokens.revoked'), autoClose: 3000 });
            },
            onError: (error) => toast({ color: 'red', message: describeError(error, t), autoClose: false }),
          })
        }
      />
    </Paper>
  );
}
