// Choose a record of one type by typing part of its name, from the global search.
import { type ComboboxItem, Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchRecordsQueryOptions } from './api/search-records.ts';

type RecordPickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  recordType: string;
  value: ComboboxItem | null;
  onChange: (value: ComboboxItem | null) => void;
  /** A record not to offer (the one being linked from). */
  exclude?: string;
};

const noFilter: SelectProps['filter'] = ({ options }) => options;

/** Only records the user may see are found; archived ones are left out, as in search. */
export function RecordPicker({ recordType, value, onChange, exclude, ...props }: RecordPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery(searchRecordsQueryOptions(recordType, debounced === value?.label ? '' : debounced));
  const found = (query.data?.items ?? []).filter((h) => h.recordId !== exclude).map((h) => ({ value: h.recordId, label: h.title }));
  const data = value && !found.some((o) => o.value === value.value) ? [value, ...found] : found;
  return (
    <Select
      searchable
      clearable
      value={value?.value ?? null}
      onChange={(next, option) => onChange(next && option ? { value: next, label: option.label } : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={noFilter}
      data={data}
      nothingFoundMessage={debounced.trim() === '' ? undefined : query.isFetching ? t('common.pickers.searching') : t('common.pickers.nothingFound')}
      rightSection={query.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
