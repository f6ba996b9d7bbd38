// The current module's pages as one row of links above every page of the module: the one sub-navigation of every module.
import { Group } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth.ts';
import { ButtonLink } from '../../components/links.tsx';
import { isActiveSideLink, type ModuleEntry, visibleSideLinks } from './modules.ts';

/**
 * The current module's pages (Organisations · People · Parties · Delegations;
 * Mechanisms · Decisions · My action items …), the same for every module, on
 * screens wide enough not to need the side navigation. Nothing for a module of one page.
 */
export function ModuleSections({ me, current }: { me: Me | null; current: ModuleEntry | null }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const links = current ? visibleSideLinks(current, me) : [];
  if (links.length < 2) return null;
  return (
    <Group component="nav" aria-label={t('common.nav.sections')} gap={4} mb="md" wrap="wrap">
      {links.map((link) => {
        const active = isActiveSideLink(link, pathname);
        return (
          <ButtonLink
            key={link.to}
            to={link.to}
            search={link.search}
            size="xs"
            variant={active ? 'light' : 'subtle'}
            aria-current={active ? 'page' : undefined}
            leftSection={<link.icon size={14} aria-hidden />}
          >
            {t(link.label)}
          </ButtonLink>
        );
      })}
    </Group>
  );
}
