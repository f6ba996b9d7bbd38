import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { User } from '../../../../shared/admin.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { pagedQueryOptions } from '../../../lib/query.ts';
import type { UsersSearch } from '../routes/users-search.ts';

export const getUsers = (params: UsersSearch, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<User>>('/api/users', { ...params, cursor, limit: 50 }, signal);

export const usersQueryOptions = (params: UsersSearch) =>
  pagedQueryOptions(['users', 'list', params], (cursor, signal) => getUsers(params, cursor, signal));

export const useUsers = (params: UsersSearch) => useInfiniteQuery({ ...usersQueryOptions(params), placeholderData: keepPreviousData });
