import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '../../../../shared/admin.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';

/** Accounts to filter the log by; only administrators may list them. */
export const getAuditActors = (signal?: AbortSignal) => api.get<ListPage<User>>('/api/users', { limit: 200 }, signal);

export const auditActorsQueryOptions = () =>
  queryOptions({ queryKey: ['users', 'all'], queryFn: ({ signal }) => getAuditActors(signal), staleTime: 5 * 60_000 });

export const useAuditActors = (enabled: boolean) => useQuery({ ...auditActorsQueryOptions(), enabled });
