// The page shell: the header (brand, modules, search, notifications, language, theme, user), the module's pages (a row above the page, or the side navigation on narrow screens) and the page.
import { AppShell, Box, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../../features/notifications/components/NotificationBell.tsx';
import { SearchLauncher } from '../../features/search/components/SearchLauncher.tsx';
import { useMe } from '../../lib/auth.ts';
import classes from './AppLayout.module.css';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ModuleNav } from './ModuleNav.tsx';
import { ModuleSections } from './ModuleSections.tsx';
import { moduleOf } from './modules.ts';
import { SideNav } from './SideNav.tsx';
import { UserBox } from './UserBox.tsx';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const compact = useMediaQuery('(max-width: 61.99em)', false, { getInitialValueInEffect: false }) ?? false;
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const current = moduleOf(pathname);

  // A signed-in user's language follows them from device to device.
  const userLanguage = me?.user.language;
  useEffect(() => {
    if (userLanguage && userLanguage !== i18n.language) i18n.changeLanguage(userLanguage);
  }, [userLanguage, i18n]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'md', collapsed: { mobile: !opened, desktop: true } }}
      padding={{ base: 'md', md: 'lg' }}
    >
      <a href="#main" className={classes.skipLink}>
        {t('common.nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={opened ? t('common.nav.closeMenu') : t('common.nav.openMenu')} />
            {/* The brand opens the signed-in user's day (Today), a visitor's directory. */}
            <Link to="/" className={classes.brand} aria-label={me ? `Chancery — ${t('common.nav.today')}` : undefined} title={me ? t('common.nav.today') : undefined}>
              Chancery
            </Link>
            <ModuleNav me={me} current={current} />
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <SearchLauncher />
            {!me?.secondFactor.mustEnrol && <NotificationBell />}
            <LanguageSwitch />
            <Box visibleFrom="sm">
              <ColorSchemeToggle />
            </Box>
            <UserBox />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        {/* Only narrow screens have the side navigation; wide ones show the module's pages above the page. */}
        {compact && <SideNav me={me} onNavigate={close} />}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        {!compact && <ModuleSections me={me} current={current} />}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
