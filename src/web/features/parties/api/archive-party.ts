import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Party } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const archiveParty = (id: string) => api.post<Party>(`/api/parties/${encodeURIComponent(id)}/archive`);

export function useArchiveParty(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => archiveParty(id), onSuccess: () => invalidateRecords(queryClient) });
}
