// Choosing a person from the directory by typing part of a name.
import type { ComboboxItem, SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { personLabel } from '../../lib/names.ts';
import { searchPeopleQueryOptions } from './api/search-people.ts';
import { RemoteSelect } from './RemoteSelect.tsx';

function usePersonSearch(q: string) {
  const query = useQuery(searchPeopleQueryOptions(q));
  const options: ComboboxItem[] = (query.data?.items ?? []).map((p) => ({ value: p.id, label: personLabel(p) }));
  return { options, fetching: query.isFetching };
}

type PersonSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  value: string | null;
  onChange: (value: string | null) => void;
  /** The label of the current value (from the record being edited). */
  knownOptions?: ComboboxItem[];
};

/** Choose a person from the directory by typing part of a name. */
export function PersonSelect({ value, onChange, knownOptions = [], ...props }: PersonSelectProps) {
  return <RemoteSelect value={value} onChange={onChange} useSearch={usePersonSearch} selectedOptions={knownOptions} {...props} />;
}
