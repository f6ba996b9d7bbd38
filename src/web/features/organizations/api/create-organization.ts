import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Organization, organizationInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type OrganizationInput = z.input<typeof organizationInputSchema>;

export const createOrganization = (input: OrganizationInput) => api.post<Organization>('/api/organizations', input);

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (org) => {
      queryClient.setQueryData(['organizations', 'detail', org.id], org);
      return invalidateRecords(queryClient);
    },
  });
}
