// GET /api/tokens, POST /api/users/:id/tokens, DELETE /api/tokens/:id — every API token, and tokens for service accounts.
import { useQuery } from '@tanstack/react-query';
import type { User } from '../../../../shared/admin.ts';
import type { ApiToken, ApiTokenCreate, ApiTokenCreated } from '../../../../shared/api-tokens.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { userKeys } from './keys.ts';

const tokensKey = [...userKeys.all, 'api-tokens'] as const;

export const getAllTokens = (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/tokens', undefined, signal);
export const createServiceToken = ({ userId, input }: { userId: string; input: ApiTokenCreate }) =>
  api.post<ApiTokenCreated>(`/api/users/${encodeURIComponent(userId)}/tokens`, input);
export const revokeAnyToken = (id: string) => api.delete<void>(`/api/tokens/${encodeURIComponent(id)}`);

export const useAllTokens = () => useQuery({ queryKey: tokensKey, queryFn: ({ signal }) => getAllTokens(signal) });
export const useCreateServiceToken = () => useWrite(createServiceToken, { refresh: () => [tokensKey] });
export const useRevokeAnyToken = () => useWrite(revokeAnyToken, { refresh: () => [tokensKey] });

/** Service accounts to make a token for (the first 200 accounts are plenty for a mission). */
export const useServiceAccounts = () =>
  useQuery({
    queryKey: [...userKeys.all, 'service-accounts'],
    queryFn: async ({ signal }) => (await api.get<{ items: User[] }>('/api/users', { limit: 200 }, signal)).items.filter((u) => u.service && !u.disabledAt),
  });
