// PUT /api/meetings/:id/agenda-items/order — a new order of the agenda, shown at once and put back if the server refuses.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { agendaKey } from './get-agenda.ts';
import { meetingPath } from './keys.ts';
import type { AgendaItem } from './types.ts';

/** Sends the whole new order; the list is shown in that order at once and put back if the server refuses. */
export function useReorderAgenda(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.put<ListPage<AgendaItem>>(meetingPath(id, 'agenda-items', 'order'), { ids }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: agendaKey(id) });
      const previous = queryClient.getQueryData<ListPage<AgendaItem>>(agendaKey(id));
      if (previous) {
        const byId = new Map(previous.items.map((i) => [i.id, i]));
        const items = ids.flatMap((itemId, index) => {
          const item = byId.get(itemId);
          return item ? [{ ...item, position: index + 1 }] : [];
        });
        queryClient.setQueryData(agendaKey(id), { ...previous, items });
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(agendaKey(id), context.previous);
    },
    onSuccess: (list) => queryClient.setQueryData(agendaKey(id), list),
  });
}
