// POST /api/users — a new account.
import type { z } from 'zod';
import type { User, userCreateSchema } from '../../../../shared/admin.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { userKeys } from './keys.ts';

export type UserCreateInput = z.input<typeof userCreateSchema>;

export const createUser = (input: UserCreateInput) => api.post<User>('/api/users', input);

export const useCreateUser = () => useWrite(createUser, { refresh: () => [userKeys.all] });
