// A select whose options are searched on the server as the user types (one value or several).
import { type ComboboxItem, Loader, MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Options found on the server for a search; `fetching` while a new search runs. */
export type OptionSearch = (q: string) => { options: ComboboxItem[]; fetching: boolean };

function merge(...lists: ComboboxItem[][]): ComboboxItem[] {
  const seen = new Set<string>();
  const out: ComboboxItem[] = [];
  for (const list of lists)
    for (const item of list)
      if (!seen.has(item.value)) {
        seen.add(item.value);
        out.push(item);
      }
  return out;
}

const noFilter: SelectProps['filter'] = ({ options }) => options;

type RemoteSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  value: string | null;
  onChange: (value: string | null) => void;
  useSearch: OptionSearch;
  /** Labels for the current value, which a search may not return. */
  selectedOptions: ComboboxItem[];
};

/** A searchable select whose options come from the server as the user types. */
export function RemoteSelect({ value, onChange, useSearch, selectedOptions, ...props }: RemoteSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selectedLabel = selectedOptions.find((o) => o.value === value)?.label;
  const { options, fetching } = useSearch(debounced === selectedLabel ? '' : debounced);
  return (
    <Select
      searchable
      clearable
      value={value}
      onChange={(next) => onChange(next)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={noFilter}
      data={merge(selectedOptions.filter((o) => o.value === value), options)}
      nothingFoundMessage={fetching ? t('common.pickers.searching') : t('common.pickers.nothingFound')}
      rightSection={fetching ? <Loader size={14} aria-hidden /> : undefined}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

type RemoteMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  value: string[];
  onChange: (value: string[]) => void;
  useSearch: OptionSearch;
  selectedOptions: ComboboxItem[];
};

export function RemoteMultiSelect({ value, onChange, useSearch, selectedOptions, ...props }: RemoteMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { options, fetching } = useSearch(debounced);
  const selected = value.map((v) => selectedOptions.find((o) => o.value === v) ?? { value: v, label: '…' });
  return (
    <MultiSelect
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={noFilter as MultiSelectProps['filter']}
      data={merge(selected, options)}
      nothingFoundMessage={fetching ? t('common.pickers.searching') : t('common.pickers.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
