import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organization } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const restoreOrganization = (id: string) => api.post<Organization>(`/api/organizations/${encodeURIComponent(id)}/restore`);

export function useRestoreOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => restoreOrganization(id), onSuccess: () => invalidateRecords(queryClient) });
}
