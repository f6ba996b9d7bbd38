// GET /api/users?limit=200 — the accounts to filter the audit trail by (only administrators may list them).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '../../../../shared/admin.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { collectionKeys } from '../../../lib/query.ts';

export const getAuditActors = (signal?: AbortSignal) => api.get<ListPage<User>>('/api/users', { limit: 200 }, signal);

export const auditActorsQueryOptions = () =>
  queryOptions({ queryKey: collectionKeys('users').part('all'), queryFn: ({ signal }) => getAuditActors(signal), staleTime: 5 * 60_000 });

export const useAuditActors = (enabled: boolean) => useQuery({ ...auditActorsQueryOptions(), enabled });
