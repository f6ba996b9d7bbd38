// The notifications page: the list, and the delivery settings.
import { Stack, Tabs, Title } from '@mantine/core';
import { IconBell, IconSettings } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/page-title.ts';
import { NotificationList } from '../components/NotificationList.tsx';
import { PreferencesForm } from '../components/PreferencesForm.tsx';

const route = getRouteApi('/notifications');

export function NotificationsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('notifications.title'));
  const tab = search.tab ?? 'all';

  return (
    <Stack gap="md" maw={960}>
      <Title order={1} size="h2">
        {t('notifications.title')}
      </Title>
      <Tabs
        value={tab}
        onChange={(next) => navigate({ search: (prev) => ({ ...prev, tab: next === 'settings' ? 'settings' : undefined }), replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="all" leftSection={<IconBell size={16} aria-hidden />}>
            {t('notifications.tabAll')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} aria-hidden />}>
            {t('notifications.tabSettings')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="all">
          <NotificationList
            unreadOnly={search.unread === 'only'}
            onUnreadOnlyChange={(on) => navigate({ search: (prev) => ({ ...prev, unread: on ? 'only' : undefined }), replace: true })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <PreferencesForm />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
