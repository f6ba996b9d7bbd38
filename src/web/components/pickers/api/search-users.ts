// GET /api/users?q= — accounts matching what is typed in a picker.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { User } from '../../../../shared/admin.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';

export const searchUsers = (q: string, signal?: AbortSignal) => api.get<ListPage<User>>('/api/users', { q, limit: 50 }, signal);

export const searchUsersQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['users', 'search', q],
    queryFn: ({ signal }) => searchUsers(q, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
