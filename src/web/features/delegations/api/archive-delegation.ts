import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Delegation } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const archiveDelegation = (id: string) => api.post<Delegation>(`/api/delegations/${encodeURIComponent(id)}/archive`);

export function useArchiveDelegation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => archiveDelegation(id), onSuccess: () => invalidateRecords(queryClient) });
}
