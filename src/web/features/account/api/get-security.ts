// GET /api/account/security — the state of the user's second factor.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Security } from '../../../../shared/account-security.ts';
import { api } from '../../../lib/api-client.ts';
import { securityQueryKey } from './keys.ts';

export const getSecurity = (signal?: AbortSignal) => api.get<Security>('/api/account/security', undefined, signal);

export const securityQueryOptions = () => queryOptions({ queryKey: securityQueryKey, queryFn: ({ signal }) => getSecurity(signal) });

export const useSecurity = () => useQuery(securityQueryOptions());
