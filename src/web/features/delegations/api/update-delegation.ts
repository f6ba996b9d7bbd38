import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Delegation, delegationUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type DelegationUpdate = z.input<typeof delegationUpdateSchema>;

export const updateDelegation = (id: string, input: DelegationUpdate) => api.patch<Delegation>(`/api/delegations/${encodeURIComponent(id)}`, input);

export function useUpdateDelegation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DelegationUpdate) => updateDelegation(id, input),
    onSuccess: (record) => {
      queryClient.setQueryData(['delegations', 'detail', id], record);
      return invalidateRecords(queryClient);
    },
  });
}
