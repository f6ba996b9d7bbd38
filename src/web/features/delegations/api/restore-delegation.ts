import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Delegation } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const restoreDelegation = (id: string) => api.post<Delegation>(`/api/delegations/${encodeURIComponent(id)}/restore`);

export function useRestoreDelegation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => restoreDelegation(id), onSuccess: () => invalidateRecords(queryClient) });
}
