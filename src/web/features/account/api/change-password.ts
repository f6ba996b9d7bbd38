// PUT /api/account/password — the user changes their own password; their other sessions end.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { sessionsQueryKey } from './keys.ts';

export const changePassword = (input: { currentPassword: string; newPassword: string }) => api.put<void>('/api/account/password', input);

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changePassword, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }) });
}
