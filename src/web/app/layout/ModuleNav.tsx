import { Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import classes from './AppLayout.module.css';
import type { ModuleId } from './modules.ts';

export function availableModules(me: Me | null): ModuleId[] {
  if (!me) return ['directory'];
  return (['directory', 'audit', 'admin'] as const).filter((m) => me.abilities.modules.includes(m));
}

/** The modules this user has, across the top of every page. */
export function ModuleNav({ me, current }: { me: Me | null; current: ModuleId | null }) {
  const { t } = useTranslation();
  const modules = availableModules(me);
  const props = (id: ModuleId) => ({
    className: classes.moduleLink,
    'data-active': current === id || undefined,
    'aria-current': current === id ? ('page' as const) : undefined,
    activeProps: {},
  });
  return (
    <Group component="nav" aria-label={t('nav.modules')} gap={4} wrap="nowrap" visibleFrom="md">
      {modules.includes('directory') && (
        <Link to="/organizations" {...props('directory')}>
          {t('nav.directory')}
        </Link>
      )}
      {modules.includes('audit') && (
        <Link to="/audit" {...props('audit')}>
          {t('nav.audit')}
        </Link>
      )}
      {modules.includes('admin') && (
        <Link to="/admin/users" {...props('admin')}>
          {t('nav.admin')}
        </Link>
      )}
    </Group>
  );
}
