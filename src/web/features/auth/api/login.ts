// POST /api/auth/login — signs in; what a visitor had loaded is forgotten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginInputSchema, Me } from '../../../../shared/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from '../../../lib/auth.ts';
import { forgetRecords } from '../../../lib/query.ts';

export type LoginInput = z.input<typeof loginInputSchema>;

export const login = (input: LoginInput) => api.post<Me>('/api/auth/login', input);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // What a signed-in user may see differs from what a visitor saw.
      forgetRecords(queryClient);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
