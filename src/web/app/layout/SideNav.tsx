// The side navigation: the current module's pages on wide screens; on narrow ones every module's, since it also stands in for the module links.
import { Divider, ScrollArea, Stack, Text } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import { NavLinkLink } from '../../components/links.tsx';
import { availableModules, type ModuleEntry, type SideLink } from './modules.ts';

interface SideNavProps {
  me: Me | null;
  current: ModuleEntry | null;
  /** On tablets the side navigation also carries the module links. */
  compact: boolean;
  onNavigate: () => void;
}

export function SideNav({ me, current, compact, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const isActive = (link: SideLink) => pathname === link.to || (!link.exact && pathname.startsWith(`${link.to}/`));
  // Wide screens show the current module's group (when it has a heading); narrow screens show them all.
  const groups = availableModules(me).filter((m) => compact || (m.side.heading && current?.id === m.id));

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
            {m.side.links
              .filter((link) => !link.shownTo || link.shownTo(me))
              .map((link) => (
                <NavLinkLink
                  key={link.to}
                  to={link.to}
                  label={t(link.label)}
                  leftSection={<link.icon size={18} aria-hidden />}
                  active={isActive(link)}
                  onClick={onNavigate}
                />
              ))}
          </Fragment>
        ))}
      </Stack>
    </ScrollArea>
  );
}
