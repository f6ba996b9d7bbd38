// POST /api/auth/login/second-factor — the second step of signing in: the code from the authenticator app, or a recovery code.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../shared/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { signedIn } from './login.ts';

export const loginSecondFactor = (input: { challenge: string; code: string }) => api.post<Me>('/api/auth/login/second-factor', input);

export function useLoginSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: loginSecondFactor, onSuccess: (me) => signedIn(queryClient, me) });
}
