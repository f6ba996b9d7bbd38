// The results page's filter by record type, with the hits per type.
import { Chip, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import { useSearchTypes } from '../api/get-search-types.ts';

interface TypeFilterProps {
  /** Hits per record type for the query, whatever the filter. */
  byType: Record<string, number>;
  selected: string[];
  onChange: (types: string[]) => void;
}

/** One chip per record type that has hits, with its count; none chosen means all types. */
export function TypeFilter({ byType, selected, onChange }: TypeFilterProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const types = useSearchTypes().data?.items ?? [];
  const label = (type: string) => types.find((x) => x.type === type)?.label ?? type;
  const shown = [...new Set([...Object.keys(byType), ...selected])].sort((a, b) => (byType[b] ?? 0) - (byType[a] ?? 0));
  if (shown.length === 0) return null;

  return (
    <Chip.Group multiple value={selected} onChange={onChange}>
      <Group gap="xs" role="group" aria-label={t('search.filterByType')}>
        {shown.map((type) => (
          <Chip key={type} value={type} variant="outline" size="sm">
            {t('search.typeChip', { label: label(type), count: fmt.number(byType[type] ?? 0) })}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
