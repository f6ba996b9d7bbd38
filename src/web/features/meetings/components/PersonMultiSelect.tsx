// Choosing several people from the directory by typing part of a name.
import type { ComboboxItem, MultiSelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { searchPeopleQueryOptions } from '../../../components/pickers/api/search-people.ts';
import { RemoteMultiSelect } from '../../../components/pickers/RemoteSelect.tsx';
import { personLabel } from '../../../lib/names.ts';

function usePersonSearch(q: string) {
  const query = useQuery(searchPeopleQueryOptions(q));
  const options: ComboboxItem[] = (query.data?.items ?? []).map((p) => ({ value: p.id, label: personLabel(p) }));
  return { options, fetching: query.isFetching };
}

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  value: string[];
  onChange: (value: string[]) => void;
  knownOptions: ComboboxItem[];
};

/** Choose several people from the directory by typing part of a name. */
export function PersonMultiSelect({ value, onChange, knownOptions, ...props }: Props) {
  return <RemoteMultiSelect value={value} onChange={onChange} useSearch={usePersonSearch} selectedOptions={knownOptions} {...props} />;
}
