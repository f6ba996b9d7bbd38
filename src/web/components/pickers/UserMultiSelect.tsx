// Choosing accounts, for records restricted to named people.
import type { ComboboxItem, MultiSelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { searchUsersQueryOptions } from './api/search-users.ts';
import { RemoteMultiSelect } from './RemoteSelect.tsx';

function useUserSearch(q: string) {
  const query = useQuery(searchUsersQueryOptions(q));
  const options: ComboboxItem[] = (query.data?.items ?? [])
    .filter((u) => !u.disabledAt)
    .map((u) => ({ value: u.id, label: `${u.displayName} <${u.email}>` }));
  return { options, fetching: query.isFetching };
}

type UserMultiSelectProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'searchable'> & {
  value: string[];
  onChange: (value: string[]) => void;
};

/** Choose accounts (for records restricted to named people). */
export function UserMultiSelect({ value, onChange, ...props }: UserMultiSelectProps) {
  const { options } = useUserSearch('');
  return <RemoteMultiSelect value={value} onChange={onChange} useSearch={useUserSearch} selectedOptions={options} {...props} />;
}
