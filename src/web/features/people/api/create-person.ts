import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Person, personInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';

export type PersonInput = z.input<typeof personInputSchema>;

export const createPerson = (input: PersonInput) => api.post<Person>('/api/people', input);

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (record) => {
      queryClient.setQueryData(['people', 'detail', record.id], record);
      return invalidateRecords(queryClient);
    },
  });
}
