import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Delegation } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';

export const getDelegation = (id: string, signal?: AbortSignal) =>
  api.get<Delegation>(`/api/delegations/${encodeURIComponent(id)}`, undefined, signal);

export const delegationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['delegations', 'detail', id], queryFn: ({ signal }) => getDelegation(id, signal) });

export const useDelegation = (id: string) => useQuery(delegationQueryOptions(id));
