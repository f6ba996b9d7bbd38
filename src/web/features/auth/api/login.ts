// POST /api/auth/login — signs in, or asks for the second factor next; what a visitor had loaded is forgotten once signed in.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LoginChallenge, loginInputSchema, Me } from '../../../../shared/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from '../../../lib/auth.ts';
import { forgetRecords } from '../../../lib/query.ts';

export type LoginInput = z.input<typeof loginInputSchema>;

/** The signed-in user, or (with a second factor) the challenge the code must come with. */
export const login = (input: LoginInput) => api.post<Me | LoginChallenge>('/api/auth/login', input);

export const isChallenge = (result: Me | LoginChallenge): result is LoginChallenge => 'challenge' in result;

/** Someone has just signed in: what a visitor saw is forgotten, and the app knows who it is. */
export function signedIn(queryClient: QueryClient, me: Me) {
  forgetRecords(queryClient);
  queryClient.setQueryData(meQueryKey, me);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (result) => {
      if (!isChallenge(result)) signedIn(queryClient, result);
    },
  });
}
