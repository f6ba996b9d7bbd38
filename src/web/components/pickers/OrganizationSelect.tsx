// Choosing one or several organisations by typing part of a name.
import type { ComboboxItem, MultiSelectProps, SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organizationLabel } from '../../lib/names.ts';
import { useOrganizationsLookup } from '../references/use-organizations-lookup.ts';
import { searchOrganizationsQueryOptions } from './api/search-organizations.ts';
import { RemoteMultiSelect, RemoteSelect } from './RemoteSelect.tsx';

function useOrganizationSearch(q: string) {
  const { i18n } = useTranslation();
  const query = useQuery(searchOrganizationsQueryOptions(q));
  const options: ComboboxItem[] = (query.data?.items ?? []).map((o) => ({ value: o.id, label: organizationLabel(o, i18n.language) }));
  return { options, fetching: query.isFetching };
}

function useSelectedOrganizations(ids: string[], known: ComboboxItem[]): ComboboxItem[] {
  const { i18n } = useTranslation();
  const missing = ids.filter((id) => !known.some((k) => k.value === id));
  const found = useOrganizationsLookup(missing);
  return [
    ...known,
    ...missing.flatMap((id) => {
      const org = found.get(id);
      return org ? [{ value: id, label: organizationLabel(org, i18n.language) }] : [];
    }),
  ];
}

type OrganizationSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  value: string | null;
  onChange: (value: string | null) => void;
  /** Labels already at hand (from the record being edited). */
  knownOptions?: ComboboxItem[];
};

/** Choose an organisation by typing part of its name or acronym. */
export function OrganizationSelect({ value, onChange, knownOptions = [], ...props }: OrganizationSelectProps) {
  const selected = useSelectedOrganizations(value ? [value] : [], knownOptions);
  return <RemoteSelect value={value} onChange={onChange} useSearch={useOrganizationSearch} selectedOptions={selected} {...props} />;
}

type OrganizationMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  value: string[];
  onChange: (value: string[]) => void;
};

export function OrganizationMultiSelect({ value, onChange, ...props }: OrganizationMultiSelectProps) {
  const selected = useSelectedOrganizations(value, []);
  return <RemoteMultiSelect value={value} onChange={onChange} useSearch={useOrganizationSearch} selectedOptions={selected} {...props} />;
}
