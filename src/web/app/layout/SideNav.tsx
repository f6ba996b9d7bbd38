import { Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { IconBuilding, IconCalendar, IconFlag, IconHistory, IconInbox, IconLayoutGrid, IconMail, IconMessages, IconRotateClockwise, IconSettings, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import { NavLinkLink } from '../../components/links.tsx';
import { availableModules } from './ModuleNav.tsx';
import type { ModuleId } from './modules.ts';

interface SideNavProps {
  me: Me | null;
  current: ModuleId | null;
  /** On tablets the side navigation also carries the module links. */
  compact: boolean;
  onNavigate: () => void;
}

export function SideNav({ me, current, compact, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const modules = availableModules(me);
  const active = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const showDirectory = modules.includes('directory') && (compact || current === 'directory');
  const showAdmin = modules.includes('admin') && (compact || current === 'admin');

  return (
    <ScrollArea type="auto" component="nav" aria-label={t('nav.sections')}>
      <Stack gap={2} p="xs">
        {showDirectory && (
          <>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="xs" pb={4}>
              {t('nav.directory')}
            </Text>
            <NavLinkLink to="/organizations" label={t('nav.organizations')} leftSection={<IconBuilding size={18} aria-hidden />} active={active('/organizations')} onClick={onNavigate} />
            <NavLinkLink to="/people" label={t('nav.people')} leftSection={<IconUsers size={18} aria-hidden />} active={active('/people')} onClick={onNavigate} />
            <NavLinkLink to="/parties" label={t('nav.parties')} leftSection={<IconFlag size={18} aria-hidden />} active={active('/parties')} onClick={onNavigate} />
            <NavLinkLink to="/delegations" label={t('nav.delegations')} leftSection={<IconUsersGroup size={18} aria-hidden />} active={active('/delegations')} onClick={onNavigate} />
          </>
        )}
        {modules.includes('meetings') && (compact || current === 'meetings') && (
          <>
            <Divider my="xs" />
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="xs" pb={4}>
              {t('nav.meetings')}
            </Text>
            <NavLinkLink to="/bodies" label={t('mtg.nav.bodies')} leftSection={<IconUsersGroup size={18} aria-hidden />} active={active('/bodies')} onClick={onNavigate} />
            <NavLinkLink to="/decisions" label={t('mtg.nav.decisions')} leftSection={<IconHistory size={18} aria-hidden />} active={active('/decisions')} onClick={onNavigate} />
            {me && (
              <NavLinkLink to="/action-items" label={t('mtg.nav.myActionItems')} leftSection={<IconCalendar size={18} aria-hidden />} active={active('/action-items')} onClick={onNavigate} />
            )}
          </>
        )}
        {modules.includes('consultations') && (compact || current === 'consultations') && (
          <>
            <Divider my="xs" />
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="xs" pb={4}>
              {t('cons.nav.module')}
            </Text>
            {me?.user.role === 'delegate' && (
              <NavLinkLink to="/consultations/inbox" label={t('cons.nav.inbox')} leftSection={<IconInbox size={18} aria-hidden />} active={active('/consultations/inbox')} onClick={onNavigate} />
            )}
            <NavLinkLink to="/consultations" label={t('cons.nav.list')} leftSection={<IconMessages size={18} aria-hidden />} active={pathname === '/consultations'} onClick={onNavigate} />
            <NavLinkLink to="/consultations/matrix" label={t('cons.nav.matrix')} leftSection={<IconLayoutGrid size={18} aria-hidden />} active={active('/consultations/matrix')} onClick={onNavigate} />
          </>
        )}
        {compact && modules.includes('calendar') && (
          <>
            <Divider my="xs" />
            <NavLinkLink to="/calendar" label={t('nav.calendar')} leftSection={<IconCalendar size={18} aria-hidden />} active={active('/calendar')} onClick={onNavigate} />
          </>
        )}
        {compact && modules.includes('audit') && (
          <>
            <Divider my="xs" />
            <NavLinkLink to="/audit" label={t('nav.audit')} leftSection={<IconHistory size={18} aria-hidden />} active={active('/audit')} onClick={onNavigate} />
          </>
        )}
        {showAdmin && (
          <>
            {compact && <Divider my="xs" />}
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="xs" pb={4}>
              {t('nav.admin')}
            </Text>
            <NavLinkLink to="/admin/users" label={t('nav.accounts')} leftSection={<IconSettings size={18} aria-hidden />} active={active('/admin/users')} onClick={onNavigate} />
            {me?.user.role === 'admin' && (
              <>
                <NavLinkLink to="/admin/jobs" label={t('nav.jobs')} leftSection={<IconRotateClockwise size={18} aria-hidden />} active={active('/admin/jobs')} onClick={onNavigate} />
                <NavLinkLink to="/admin/outbox" label={t('nav.outbox')} leftSection={<IconMail size={18} aria-hidden />} active={active('/admin/outbox')} onClick={onNavigate} />
              </>
            )}
          </>
        )}
      </Stack>
    </ScrollArea>
  );
}
