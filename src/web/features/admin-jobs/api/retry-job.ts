import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export const retryJob = (id: string) => api.post<void>(`/api/admin/jobs/${encodeURIComponent(id)}/retry`);

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: retryJob, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'jobs'] }) });
}
