import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Person } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const restorePerson = (id: string) => api.post<Person>(`/api/people/${encodeURIComponent(id)}/restore`);

export function useRestorePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => restorePerson(id), onSuccess: () => invalidateRecords(queryClient) });
}
