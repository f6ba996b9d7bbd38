import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organization } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export const archiveOrganization = (id: string) => api.post<Organization>(`/api/organizations/${encodeURIComponent(id)}/archive`);

export function useArchiveOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => archiveOrganization(id), onSuccess: () => invalidateRecords(queryClient) });
}
