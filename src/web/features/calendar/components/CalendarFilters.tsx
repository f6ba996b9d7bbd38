// The calendar's filters: which modules, and which group (an organisation, a body).
import { Chip, Fieldset, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALENDAR_KINDS } from '../../../../shared/calendar.ts';
import { useModuleLabel } from './use-module-label.ts';

interface CalendarFiltersProps {
  modules: readonly string[];
  selectedModules: string[];
  onModulesChange: (modules: string[]) => void;
  selectedKinds: string[];
  onKindsChange: (kinds: string[]) => void;
  groups: { value: string; label: string }[];
  group: string | null;
  onGroupChange: (group: string | null) => void;
}

/** Which modules (none chosen: all) and which group (an organisation, a body) to show. */
export function CalendarFilters({ modules, selectedModules, onModulesChange, selectedKinds, onKindsChange, groups, group, onGroupChange }: CalendarFiltersProps) {
  const { t } = useTranslation();
  const moduleLabel = useModuleLabel();
  return (
    <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label={t('calendar.filters')}>
      <Fieldset variant="unstyled" legend={t('calendar.modulesFilter')} styles={{ legend: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 6 } }}>
        <Chip.Group multiple value={selectedModules} onChange={onModulesChange}>
          <Group gap="xs">
            {modules.map((m) => (
              <Chip key={m} value={m} variant="outline" size="sm">
                {moduleLabel(m)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>
      <Fieldset variant="unstyled" legend={t('calendar.kindsFilter')} styles={{ legend: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 6 } }}>
        <Chip.Group multiple value={selectedKinds} onChange={onKindsChange}>
          <Group gap="xs">
            {CALENDAR_KINDS.map((k) => (
              <Chip key={k} value={k} variant="outline" size="sm">
                {t(`calendar.kinds.${k}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>
      <Select
        label={t('calendar.groupFilter')}
        placeholder={t('common.list.any')}
        data={groups}
        value={group}
        onChange={onGroupChange}
        clearable
        searchable
        nothingFoundMessage={t('common.pickers.nothingFound')}
        w={280}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
