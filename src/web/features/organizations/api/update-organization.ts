import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Organization, organizationUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type OrganizationUpdate = z.input<typeof organizationUpdateSchema>;

export const updateOrganization = (id: string, input: OrganizationUpdate) =>
  api.patch<Organization>(`/api/organizations/${encodeURIComponent(id)}`, input);

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganizationUpdate) => updateOrganization(id, input),
    onSuccess: (org) => {
      queryClient.setQueryData(['organizations', 'detail', id], org);
      return invalidateRecords(queryClient);
    },
  });
}
