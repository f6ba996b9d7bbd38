// POST /api/auth/logout — signs out; what the user had loaded is forgotten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from '../../../lib/auth.ts';
import { forgetRecords } from '../../../lib/query.ts';

export const logout = () => api.post<void>('/api/auth/logout');

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      forgetRecords(queryClient);
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
