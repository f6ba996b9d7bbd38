// GET /api/users — accounts, searched and filtered by role.
import type { User } from '../../../../shared/admin.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import type { UsersSearch } from '../routes/users-search.ts';
import { userKeys } from './keys.ts';

export const usersQueryOptions = (params: UsersSearch) => listQueryOptions<User>(userKeys.list(params), '/api/users', { ...params }, 50);

export const useUsers = (params: UsersSearch) => useListQuery(usersQueryOptions(params));
