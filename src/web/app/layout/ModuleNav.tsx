import { Box, Button, Group, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import classes from './AppLayout.module.css';
import type { ModuleId } from './modules.ts';

export function availableModules(me: Me | null): ModuleId[] {
  // Meetings and the calendar are for everyone: visitors see their public records.
  if (!me) return ['directory', 'meetings', 'calendar'];
  // Consultations are for every signed-in user: the mission keeps them, delegations and liaison officers respond.
  return (['directory', 'meetings', 'consultations', 'calendar', 'audit', 'admin'] as const).filter(
    (m) => m === 'calendar' || m === 'meetings' || m === 'consultations' || me.abilities.modules.includes(m),
  );
}

const HOME = { directory: '/organizations', meetings: '/bodies', consultations: '/consultations', calendar: '/calendar', audit: '/audit', admin: '/admin/users' } as const;

/** Where a module's link leads; delegates land on what awaits their delegation. */
export const moduleHome = (id: ModuleId, me: Me | null) => (id === 'consultations' && me?.user.role === 'delegate' ? '/consultations/inbox' : HOME[id]);

export function useModuleLabel() {
  const { t } = useTranslation();
  return (id: ModuleId) => (id === 'consultations' ? t('cons.nav.module') : t(`nav.${id}`));
}

/**
 * The modules this user has, across the top of every page; on narrower screens
 * (where the header has no room for every name) a menu named after the current one.
 */
export function ModuleNav({ me, current }: { me: Me | null; current: ModuleId | null }) {
  const { t } = useTranslation();
  const label = useModuleLabel();
  const navigate = useNavigate();
  const modules = availableModules(me);
  const props = (id: ModuleId) => ({
    className: classes.moduleLink,
    'data-active': current === id || undefined,
    'aria-current': current === id ? ('page' as const) : undefined,
    activeProps: {},
  });
  const currentLabel = current ? label(current) : t('nav.modules');
  return (
    <>
      <Group component="nav" aria-label={t('nav.modules')} gap={4} wrap="nowrap" visibleFrom="lg">
        {modules.map((id) => (
          <Link key={id} to={moduleHome(id, me)} {...props(id)}>
            {label(id)}
          </Link>
        ))}
      </Group>
      <Box component="nav" aria-label={t('nav.modules')} visibleFrom="md" hiddenFrom="lg">
        <Menu position="bottom-start" shadow="md">
          <Menu.Target>
            <Button variant="light" size="sm" rightSection={<IconChevronDown size={14} aria-hidden />} aria-label={`${t('nav.modules')}: ${currentLabel}`}>
              {currentLabel}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {modules.map((id) => (
              <Menu.Item
                key={id}
                component="a"
                href={moduleHome(id, me)}
                aria-current={current === id ? 'page' : undefined}
                fw={current === id ? 700 : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  navigate({ to: moduleHome(id, me) });
                }}
              >
                {label(id)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Box>
    </>
  );
}
