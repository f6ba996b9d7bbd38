// GET /api/users/lockouts — the sign-in lockouts in force (administrators only).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Lockout } from '../../../../shared/admin.ts';
import { api } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

export const lockoutsQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.part('lockouts'),
    queryFn: ({ signal }) => api.get<{ items: Lockout[] }>('/api/users/lockouts', {}, signal),
    refetchInterval: 60_000,
  });

export const useLockouts = () => useQuery(lockoutsQueryOptions());
