// The latest notifications, in the bell's popover.
import { Button, Divider, Group, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { useMarkRead } from '../api/mark-read.ts';
import { NotificationItem } from './NotificationItem.tsx';

const LATEST = 8;

/** The latest notifications, in the bell's popover. */
export function NotificationsPanel({ headingId, unread, onClose }: { headingId: string; unread: number; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useNotifications({ limit: LATEST });
  const markRead = useMarkRead();
  const items = query.data?.pages[0]?.items ?? [];

  const markAll = () =>
    markRead.mutate(undefined, {
      onError: (error) => toast({ color: 'red', title: t('notifications.markFailed'), message: describeError(error, t) }),
    });

  return (
    <Stack gap={0}>
      <Group justify="space-between" gap="xs" px="md" py="sm" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {t('notifications.title')}
        </Title>
        {unread > 0 && (
          <Button size="compact-sm" variant="subtle" leftSection={<IconChecks size={16} aria-hidden />} onClick={markAll} loading={markRead.isPending}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      <Divider />
      <ScrollArea.Autosize mah={420} type="auto">
        <Stack gap={2} p={6}>
          {query.isPending &&
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            Array.from({ length: 3 }, (_, i) => <Skeleton key={i} height={52} radius="sm" />)}
          {query.isError && !query.data && <QueryError error={query.error} onRetry={() => query.refetch()} />}
          {query.data && items.length === 0 && (
            <Text size="sm" c="dimmed" p="md" ta="center">
              {t('notifications.empty')}
            </Text>
          )}
          {items.map((n) => (
            <NotificationItem key={n.id} notification={n} onOpen={(x) => x.readAt === null && markRead.mutate([x.id])} onNavigate={onClose} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      <Divider />
      <Group justify="center" p="xs">
        <AnchorLink to="/notifications" size="sm" fw={600} onClick={onClose}>
          {t('notifications.seeAll')}
        </AnchorLink>
      </Group>
    </Stack>
  );
}
