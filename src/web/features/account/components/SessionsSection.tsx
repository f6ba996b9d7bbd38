// The user's sessions on the account security page: where and when each was used, ending one, signing out all the others.
import { Button, Group, Paper, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSession } from '../../../../shared/account-security.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { useFormatters } from '../../../lib/format.ts';
import { toast } from '../../../lib/toast.ts';
import { useEndSession, useSessions, useSignOutOthers } from '../api/sessions.ts';

export function SessionsSection() {
  const { t } = useTranslation();
  const f = useFormatters();
  const query = useSessions();
  const end = useEndSession();
  const others = useSignOutOthers();
  const [ending, setEnding] = useState<AccountSession | null>(null);
  const [confirmOthers, setConfirmOthers] = useState(false);

  if (query.isPending) return <Skeleton height={160} radius="md" role="status" aria-label={t('common.list.loading')} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data.items;
  const failed = (error: unknown) => toast({ color: 'red', message: describeError(error, t), autoClose: false });
  const browser = (s: AccountSession) => s.userAgent ?? t('account.sessions.unknownBrowser');

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sessions-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="sessions-title">
            {t('account.sessions.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconLogout size={16} aria-hidden />}
            disabled={items.length < 2}
            onClick={() => setConfirmOthers(true)}
          >
            {t('account.sessions.signOutOthers')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('account.sessions.intro')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table aria-labelledby="sessions-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.sessions.browser')}</Table.Th>
                <Table.Th>{t('account.sessions.address')}</Table.Th>
                <Table.Th>{t('account.sessions.signedIn')}</Table.Th>
                <Table.Th>{t('account.sessions.lastActive')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('account.sessions.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} maw={320}>
                      {browser(s)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.ip ?? '—'}</Table.Td>
                  <Table.Td>{f.dateTime(s.createdAt)}</Table.Td>
                  <Table.Td>{f.dateTime(s.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {s.current ? (
                      <Text size="sm" fw={600}>
                        {t('account.sessions.thisOne')}
                      </Text>
                    ) : (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setEnding(s)} aria-label={t('account.sessions.endNamed', { browser: browser(s) })}>
                        {t('account.sessions.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <ConfirmDialog
        opened={ending !== null}
        title={t('account.sessions.endTitle', { browser: ending ? browser(ending) : '' })}
        confirmLabel={t('account.sessions.end')}
        danger
        loading={end.isPending}
        onCancel={() => setEnding(null)}
        onConfirm={() =>
          ending &&
          end.mutate(ending.id, {
            onSuccess: () => {
              setEnding(null);
              toast({ message: t('account.sessions.ended'), autoClose: 3000 });
            },
            onError: failed,
          })
        }
      />
      <ConfirmDialog
        opened={confirmOthers}
        title={t('account.sessions.othersTitle')}
        message={t('account.sessions.othersBody')}
        confirmLabel={t('account.sessions.signOutOthers')}
        danger
        loading={others.isPending}
        onCancel={() => setConfirmOthers(false)}
        onConfirm={() =>
          others.mutate(undefined, {
            onSuccess: ({ ended }) => {
              setConfirmOthers(false);
              toast({ message: t('account.sessions.othersEnded', { count: ended }), autoClose: 3000 });
            },
            onError: failed,
          })
        }
      />
    </Paper>
  );
}
