import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { base, keys, type Position, type PositionInput, type Positions } from './types.ts';

export const usePositions = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.positions(id), queryFn: ({ signal }) => api.get<Positions>(`${base(id)}/positions`, undefined, signal), enabled });

/** Sets the viewer's own delegation's position (or, for the mission, a named party's). */
export function useSetPosition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PositionInput) => api.put<Position>(`${base(id)}/positions`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
