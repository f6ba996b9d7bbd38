import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Person } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const archivePerson = (id: string) => api.post<Person>(`/api/people/${encodeURIComponent(id)}/archive`);

export function useArchivePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => archivePerson(id), onSuccess: () => invalidateRecords(queryClient) });
}
