import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { User, userUpdateSchema } from '../../../../shared/admin.ts';
import { api } from '../../../lib/api-client.ts';

export type UserUpdateInput = z.input<typeof userUpdateSchema>;

export const updateUser = (id: string, input: UserUpdateInput) => api.patch<User>(`/api/users/${encodeURIComponent(id)}`, input);

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UserUpdateInput }) => updateUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
