// GET /api/delegations/:id — one delegation, with what the user may do with it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Delegation } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath } from '../../../lib/query.ts';
import { delegationsPath, delegationKeys } from './keys.ts';

export const getDelegation = (id: string, signal?: AbortSignal) => api.get<Delegation>(recordPath(delegationsPath, id), undefined, signal);

export const delegationQueryOptions = (id: string) => queryOptions({ queryKey: delegationKeys.detail(id), queryFn: ({ signal }) => getDelegation(id, signal) });

export const useDelegation = (id: string) => useQuery(delegationQueryOptions(id));
