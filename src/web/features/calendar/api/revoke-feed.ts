import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { feedQueryKey } from './get-feed.ts';

export const revokeFeed = () => api.delete<void>('/api/calendar/feed');

export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: feedQueryKey }) });
}
