import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { User, userCreateSchema } from '../../../../shared/admin.ts';
import { api } from '../../../lib/api-client.ts';

export type UserCreateInput = z.input<typeof userCreateSchema>;

export const createUser = (input: UserCreateInput) => api.post<User>('/api/users', input);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}
