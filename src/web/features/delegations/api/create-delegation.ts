import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Delegation, delegationInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type DelegationInput = z.input<typeof delegationInputSchema>;

export const createDelegation = (input: DelegationInput) => api.post<Delegation>('/api/delegations', input);

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDelegation,
    onSuccess: (record) => {
      queryClient.setQueryData(['delegations', 'detail', record.id], record);
      return invalidateRecords(queryClient);
    },
  });
}
