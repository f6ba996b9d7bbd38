// One notification: what happened, when, unread marker; opening it marks it read.
import { Box, Group, Stack, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../../shared/notifications.ts';
import { isAppPath, useOpenPath } from '../../../components/PathLink.tsx';
import { useFormatters } from '../../../lib/format.ts';
import classes from './NotificationItem.module.css';

interface NotificationItemProps {
  notification: Notification;
  /** Marks it read (when unread); the item then opens the record. */
  onOpen: (notification: Notification) => void;
  /** Called before the app moves to the record (to close a popover). */
  onNavigate?: () => void;
}

/** One notification: unread dot, title, text and how long ago; opening it marks it read. */
export function NotificationItem({ notification: n, onOpen, onNavigate }: NotificationItemProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const openPath = useOpenPath();
  const unread = n.readAt === null;
  const href = isAppPath(n.path) ? n.path : '/';

  return (
    <UnstyledButton
      component="a"
      href={href}
      className={classes.item}
      data-unread={unread || undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          if (unread) onOpen(n);
          return;
        }
        event.preventDefault();
        onOpen(n);
        onNavigate?.();
        openPath(href);
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box className={classes.dot} data-unread={unread || undefined} aria-hidden />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          {unread && <VisuallyHidden>{t('notifications.unreadMarker')}</VisuallyHidden>}
          <Text size="sm" fw={unread ? 700 : 500} className={classes.title}>
            {n.title}
          </Text>
          {n.body && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {n.body}
            </Text>
          )}
          <Tooltip label={fmt.dateTime(n.createdAt)} openDelay={400}>
            <Text size="xs" c="dimmed" component="span" w="fit-content">
              <time dateTime={n.createdAt}>{fmt.relative(n.createdAt)}</time>
            </Text>
          </Tooltip>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
