import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { base, type Consultation, keys, type SilenceAction, type Timeline } from './types.ts';

/** The chair's three acts on a silence procedure: launch, extend, withdraw. */
export function useSilenceAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: SilenceAction) => api.post<Consultation>(`${base(id)}/silence`, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export const useTimeline = (id: string) =>
  useQuery({ queryKey: keys.timeline(id), queryFn: ({ signal }) => api.get<Timeline>(`${base(id)}/timeline`, undefined, signal) });
