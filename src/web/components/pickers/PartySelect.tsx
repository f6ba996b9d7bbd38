// Choosing one or several parties (member states, partners) by name or code.
import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/names.ts';
import { usePartiesLookup } from '../references/use-parties-lookup.ts';

function usePartyOptions() {
  const { i18n } = useTranslation();
  const { list } = usePartiesLookup();
  return useMemo(
    () =>
      list
        .map((p) => ({ value: p.code, label: `${localName(p, i18n.language)} (${p.code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [list, i18n.language],
  );
}

type PartySelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (code: string | null) => void;
};

/** Choose a party (member state or partner) by name or code. */
export function PartySelect({ value, onChange, ...props }: PartySelectProps) {
  const { t } = useTranslation();
  const options = usePartyOptions();
  const data = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      onChange={(code) => onChange(code)}
      nothingFoundMessage={t('common.pickers.nothingFound')}
      {...props}
    />
  );
}

type PartyMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (codes: string[]) => void;
};

export function PartyMultiSelect({ value, onChange, ...props }: PartyMultiSelectProps) {
  const { t } = useTranslation();
  const options = usePartyOptions();
  const unknown = value.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }));
  return (
    <MultiSelect
      searchable
      clearable
      data={[...unknown, ...options]}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t('common.pickers.nothingFound')}
      {...props}
    />
  );
}
