import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Person, personUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type PersonUpdate = z.input<typeof personUpdateSchema>;

export const updatePerson = (id: string, input: PersonUpdate) => api.patch<Person>(`/api/people/${encodeURIComponent(id)}`, input);

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonUpdate) => updatePerson(id, input),
    onSuccess: (record) => {
      queryClient.setQueryData(['people', 'detail', id], record);
      return invalidateRecords(queryClient);
    },
  });
}
