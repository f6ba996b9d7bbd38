import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Party } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const restoreParty = (id: string) => api.post<Party>(`/api/parties/${encodeURIComponent(id)}/restore`);

export function useRestoreParty(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => restoreParty(id), onSuccess: () => invalidateRecords(queryClient) });
}
