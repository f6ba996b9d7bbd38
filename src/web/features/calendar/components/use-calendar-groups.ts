// The groups of the items shown (an organisation, a body), named where the web app knows them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar.ts';
import { useOrganizationsLookup } from '../../../components/references/use-organizations-lookup.ts';
import { organizationLabel } from '../../../lib/names.ts';
import { useModuleLabel } from './use-module-label.ts';

/** The groups (an organisation, a body) of the items shown, named where the web app knows them. */
export function useCalendarGroups(items: readonly CalendarItem[]) {
  const { i18n } = useTranslation();
  const moduleLabel = useModuleLabel();
  const keys = useMemo(() => {
    const found = new Map<string, string>();
    for (const item of items) if (item.groupKey && !found.has(item.groupKey)) found.set(item.groupKey, item.module);
    return found;
  }, [items]);
  const orgIds = [...keys].filter(([, module]) => module === 'directory').map(([key]) => key);
  const orgs = useOrganizationsLookup(orgIds);

  return [...keys]
    .map(([key, module]) => {
      const org = module === 'directory' ? orgs.get(key) : undefined;
      return { value: key, label: org ? organizationLabel(org, i18n.language) : `${moduleLabel(module)} · ${key.slice(0, 8)}` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
}
