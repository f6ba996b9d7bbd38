// The header's bell: the unread count, kept live, and the latest notifications.
import { ActionIcon, Indicator, Popover, Tooltip } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/auth.ts';
import { useUnreadCount } from '../api/get-unread-count.ts';
import { useNotificationStream } from '../api/notification-stream.ts';
import { NotificationsPanel } from './NotificationsPanel.tsx';

function Bell({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const headingId = useId();
  useNotificationStream(userId);
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = t('notifications.bell', { count: unread });

  return (
    <Indicator
      label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>}
      disabled={unread === 0}
      size={18}
      offset={4}
      color="red"
      inline
    >
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" trapFocus returnFocus withinPortal>
        <Popover.Target>
          <Tooltip label={label} disabled={opened}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={label}
              aria-haspopup="dialog"
              aria-expanded={opened}
              onClick={() => setOpened((o) => !o)}
            >
              <IconBell size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Popover.Target>
        <Popover.Dropdown p={0} role="dialog" aria-labelledby={headingId} maw="calc(100vw - 16px)">
          {opened && <NotificationsPanel headingId={headingId} unread={unread} onClose={() => setOpened(false)} />}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

/** The header's bell: unread count, kept live, and the latest notifications. Signed-in users only. */
export function NotificationBell() {
  const me = useMe();
  if (!me) return null;
  return <Bell userId={me.user.id} />;
}
