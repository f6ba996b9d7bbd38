// The modules this user has, as links across the top of every page (a menu on narrower screens).
import { Box, Button, Group, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import classes from './AppLayout.module.css';
import { availableModules, type ModuleEntry } from './modules.ts';

/**
 * The modules this user has, across the top of every page; on narrower screens
 * (where the header has no room for every name) a menu named after the current one.
 */
export function ModuleNav({ me, current }: { me: Me | null; current: ModuleEntry | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const modules = availableModules(me);
  const isCurrent = (m: ModuleEntry) => current?.id === m.id;
  const props = (m: ModuleEntry) => ({
    className: classes.moduleLink,
    'data-active': isCurrent(m) || undefined,
    'aria-current': isCurrent(m) ? ('page' as const) : undefined,
    activeProps: {},
  });
  const currentLabel = current ? t(current.label) : t('common.nav.modules');
  return (
    <>
      <Group component="nav" aria-label={t('common.nav.modules')} gap={4} wrap="nowrap" visibleFrom="lg">
        {modules.map((m) => (
          <Link key={m.id} to={m.home(me)} {...props(m)}>
            {t(m.label)}
          </Link>
        ))}
      </Group>
      <Box component="nav" aria-label={t('common.nav.modules')} visibleFrom="md" hiddenFrom="lg">
        <Menu position="bottom-start" shadow="md">
          <Menu.Target>
            <Button variant="light" size="sm" rightSection={<IconChevronDown size={14} aria-hidden />} aria-label={`${t('common.nav.modules')}: ${currentLabel}`}>
              {currentLabel}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {modules.map((m) => (
              <Menu.Item
                key={m.id}
                component="a"
                href={m.home(me)}
                aria-current={isCurrent(m) ? 'page' : undefined}
                fw={isCurrent(m) ? 700 : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  navigate({ to: m.home(me) });
                }}
              >
                {t(m.label)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Box>
    </>
  );
}
