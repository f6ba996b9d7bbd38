import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Party, partyUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type PartyUpdate = z.input<typeof partyUpdateSchema>;

export const updateParty = (id: string, input: PartyUpdate) => api.patch<Party>(`/api/parties/${encodeURIComponent(id)}`, input);

export function useUpdateParty(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartyUpdate) => updateParty(id, input),
    onSuccess: (record) => {
      queryClient.setQueryData(['parties', 'detail', id], record);
      return invalidateRecords(queryClient);
    },
  });
}
