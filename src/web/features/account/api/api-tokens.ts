// GET/POST /api/account/tokens, DELETE /api/account/tokens/:id — the signed-in user's own API tokens.
import { useQuery } from '@tanstack/react-query';
import type { ApiToken, ApiTokenCreated, OwnApiTokenCreate } from '../../../../shared/api-tokens.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { apiTokensQueryKey } from './keys.ts';

export const getOwnTokens = (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/account/tokens', undefined, signal);
export const createOwnToken = (input: OwnApiTokenCreate) => api.post<ApiTokenCreated>('/api/account/tokens', input);
export const revokeOwnToken = (id: string) => api.delete<void>(`/api/account/tokens/${encodeURIComponent(id)}`);

export const useOwnTokens = () => useQuery({ queryKey: apiTokensQueryKey, queryFn: ({ signal }) => getOwnTokens(signal) });
export const useCreateOwnToken = () => useWrite(createOwnToken, { refresh: () => [apiTokensQueryKey] });
export const useRevokeOwnToken = () => useWrite(revokeOwnToken, { refresh: () => [apiTokensQueryKey] });
