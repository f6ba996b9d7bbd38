// PATCH /api/users/:id — an account's details, role, password or disabled state.
import type { z } from 'zod';
import type { User, userUpdateSchema } from '../../../../shared/admin.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { userKeys } from './keys.ts';

export type UserUpdateInput = z.input<typeof userUpdateSchema>;

export const updateUser = (id: string, input: UserUpdateInput) => api.patch<User>(recordPath('/api/users', id), input);

export const useUpdateUser = () => useWrite(({ id, input }: { id: string; input: UserUpdateInput }) => updateUser(id, input), { refresh: () => [userKeys.all] });
