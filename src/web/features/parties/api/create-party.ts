import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Party, partyInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type PartyInput = z.input<typeof partyInputSchema>;

export const createParty = (input: PartyInput) => api.post<Party>('/api/parties', input);

export function useCreateParty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createParty,
    onSuccess: (record) => {
      queryClient.setQueryData(['parties', 'detail', record.id], record);
      return invalidateRecords(queryClient);
    },
  });
}
