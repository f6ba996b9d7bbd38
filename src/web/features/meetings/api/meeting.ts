import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agendaItemInputSchema, MEETING_STATUSES } from '../../../../shared/meetings.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { invalidateRecords } from '../../../lib/query.ts';
import { type ActionItem, type AgendaItem, type Decision, enc, type Meeting } from './types.ts';

const base = (id: string) => `/api/meetings/${enc(id)}`;

export const meetingQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['meetings', 'detail', id], queryFn: ({ signal }) => api.get<Meeting>(base(id), undefined, signal) });
export const useMeeting = (id: string) => useQuery(meetingQueryOptions(id));

export function useChangeStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: (typeof MEETING_STATUSES)[number]) => api.post<Meeting>(`${base(id)}/status`, { status }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(['meetings', 'detail', id], meeting);
      return invalidateRecords(queryClient);
    },
  });
}

export const agendaKey = (id: string) => ['meetings', 'agenda', id] as const;
export const useAgenda = (id: string) =>
  useQuery({ queryKey: agendaKey(id), queryFn: ({ signal }) => api.get<ListPage<AgendaItem>>(`${base(id)}/agenda-items`, undefined, signal) });

export type AgendaItemInput = z.input<typeof agendaItemInputSchema>;

export function useSaveAgendaItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId?: string; input: AgendaItemInput }) =>
      itemId ? api.patch<AgendaItem>(`${base(id)}/agenda-items/${enc(itemId)}`, input) : api.post<AgendaItem>(`${base(id)}/agenda-items`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings'] }),
  });
}

export function useDeleteAgendaItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => api.delete<void>(`${base(id)}/agenda-items/${enc(itemId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings'] }),
  });
}

/** Sends the whole new order; the list is shown in that order at once and put back if the server refuses. */
export function useReorderAgenda(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.put<ListPage<AgendaItem>>(`${base(id)}/agenda-items/order`, { ids }),
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

export const useMattersArising = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['meetings', 'matters-arising', id],
    queryFn: ({ signal }) => api.get<{ actionItems: ActionItem[]; decisions: Decision[] }>(`${base(id)}/matters-arising`, undefined, signal),
    enabled,
  });

export function useCarryOver(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { actionItemIds: string[]; decisionIds: string[] }) => api.post<ListPage<AgendaItem>>(`${base(id)}/matters-arising`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings'] }),
  });
}
