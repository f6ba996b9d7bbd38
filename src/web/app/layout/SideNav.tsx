// The side navigation of narrow screens: every module's pages, since it also stands in for the module links.
import { Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import { NavLinkLink } from '../../components/links.tsx';
import { availableModules, isActiveSideLink, visibleSideLinks } from './modules.ts';

interface SideNavProps {
  me: Me | null;
  onNavigate: () => void;
}

export function SideNav({ me, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const groups = availableModules(me);

  return (
    <ScrollArea type="auto" component="nav" aria-label={t('common.nav.sections')}>
      <Stack gap={2} p="xs">
        {groups.map((m, index) => (
          <Fragment key={m.id}>
            {index > 0 && <Divider my="xs" />}
            {m.side.heading && (
              <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="xs" pb={4}>
                {t(m.label)}
              </Text>
            )}
            {visibleSideLinks(m, me).map((link) => (
                <NavLinkLink
                  key={link.to}
                  to={link.to}
                  search={link.search}
                  label={t(link.label)}
                  leftSection={<link.icon size={18} aria-hidden />}
                  active={isActiveSideLink(link, pathname)}
                  onClick={onNavigate}
                />
              ))}
          </Fragment>
        ))}
      </Stack>
    </ScrollArea>
  );
}
