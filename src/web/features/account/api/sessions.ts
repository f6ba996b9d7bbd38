// GET /api/account/sessions, DELETE /api/account/sessions/:id, POST /api/account/sessions/sign-out-others — the user's sessions.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountSession } from '../../../../shared/account-security.ts';
import { api } from '../../../lib/api-client.ts';
import { sessionsQueryKey } from './keys.ts';

export const getSessions = (signal?: AbortSignal) => api.get<{ items: AccountSession[] }>('/api/account/sessions', undefined, signal);
export const endSession = (id: string) => api.delete<void>(`/api/account/sessions/${encodeURIComponent(id)}`);
export const signOutOthers = () => api.post<{ ended: number }>('/api/account/sessions/sign-out-others');

export const sessionsQueryOptions = () => queryOptions({ queryKey: sessionsQueryKey, queryFn: ({ signal }) => getSessions(signal) });
export const useSessions = () => useQuery(sessionsQueryOptions());

function useSessionsChange<TResult, TVariables>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }) });
}

export const useEndSession = () => useSessionsChange(endSession);
export const useSignOutOthers = () => useSessionsChange(signOutOthers);
