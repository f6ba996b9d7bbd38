// Every notification, newest first, with "Load more"; optionally the unread ones only.
import { Button, EmptyState, Group, Paper, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { IconBellOff, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { useUnreadCount } from '../api/get-unread-count.ts';
import { useMarkRead } from '../api/mark-read.ts';
import { NotificationItem } from './NotificationItem.tsx';

const PAGE = 20;

/** Every notification, newest first, with "Load more"; optionally only the unread ones. */
export function NotificationList({ unreadOnly, onUnreadOnlyChange }: { unreadOnly: boolean; onUnreadOnlyChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const query = useNotifications({ limit: PAGE, unreadOnly });
  const unread = useUnreadCount().data?.unread ?? 0;
  const markRead = useMarkRead();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  const markAll = () =>
    markRead.mutate(undefined, {
      onSuccess: () => toast({ message: t('notifications.allMarkedToast'), autoClose: 3000 }),
      onError: (error) => toast({ color: 'red', title: t('notifications.markFailed'), message: describeError(error, t) }),
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="md" wrap="wrap">
          <Switch label={t('notifications.unreadOnly')} checked={unreadOnly} onChange={(e) => onUnreadOnlyChange(e.currentTarget.checked)} />
          <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
            {t('notifications.unreadCount', { count: unread, formatted: fmt.number(unread) })}
          </Text>
        </Group>
        <Button variant="default" leftSection={<IconChecks size={16} aria-hidden />} onClick={markAll} loading={markRead.isPending} disabled={unread === 0}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {query.isPending && (
        <Stack gap="xs" aria-busy="true" role="status" aria-label={t('common.list.loading')}>
          {Array.from({ length: 5 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={i} height={64} radius="sm" />
          ))}
        </Stack>
      )}
      {query.isError && !query.data && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.data && items.length === 0 && (
        <EmptyState
          py="xl"
          withIndicatorBackground
          icon={<IconBellOff aria-hidden />}
          title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
          description={t('notifications.emptyHint')}
        />
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md" p={4} component="ul" aria-label={t('notifications.title')} style={{ listStyle: 'none', margin: 0 }}>
          {items.map((n) => (
            <li key={n.id}>
              <NotificationItem notification={n} onOpen={(x) => x.readAt === null && markRead.mutate([x.id])} />
            </li>
          ))}
        </Paper>
      )}
      {query.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('common.list.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
