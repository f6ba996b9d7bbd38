import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ACTION_ITEM_STATUSES, actionItemInputSchema, DECISION_STATUSES, decisionInputSchema } from '../../../../shared/meetings.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, invalidateRecords, pagedQueryOptions } from '../../../lib/query.ts';
import { type ActionItem, type Decision, enc } from './types.ts';

const base = (id: string) => `/api/meetings/${enc(id)}`;

export const useMeetingDecisions = (id: string) =>
  useQuery({ queryKey: ['decisions', 'meeting', id], queryFn: ({ signal }) => api.get<ListPage<Decision>>(`${base(id)}/decisions`, undefined, signal) });

/** Decisions of a body still in force (those a new decision may supersede). */
export const useDecisionsInForce = (bodyId: string | null) =>
  useQuery({
    queryKey: ['decisions', 'in-force', bodyId],
    queryFn: ({ signal }) => api.get<ListPage<Decision>>('/api/decisions', { bodyId, status: 'in_force', limit: 100, sort: '-createdAt' }, signal),
    enabled: Boolean(bodyId),
  });

export interface DecisionsParams {
  q?: string;
  bodyId?: string;
  status?: (typeof DECISION_STATUSES)[number];
}

export const useDecisionsRegister = (params: DecisionsParams) =>
  useInfiniteQuery({
    ...pagedQueryOptions(['decisions', 'list', params], (cursor, signal) =>
      api.get<ListPage<Decision>>('/api/decisions', { ...params, cursor, limit: PAGE_SIZE }, signal),
    ),
    placeholderData: keepPreviousData,
  });

export type DecisionInput = z.input<typeof decisionInputSchema>;

export function useRecordDecision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => api.post<Decision>(`${base(id)}/decisions`, input),
    onSuccess: () => invalidateRecords(queryClient),
  });
}

export const useMeetingActionItems = (id: string) =>
  useQuery({ queryKey: ['action-items', 'meeting', id], queryFn: ({ signal }) => api.get<ListPage<ActionItem>>(`${base(id)}/action-items`, undefined, signal) });

export interface ActionItemsParams {
  mine?: boolean;
  status?: (typeof ACTION_ITEM_STATUSES)[number];
}

export const useActionItemsList = (params: ActionItemsParams) =>
  useInfiniteQuery({
    ...pagedQueryOptions(['action-items', 'list', params], (cursor, signal) =>
      api.get<ListPage<ActionItem>>('/api/action-items', { ...params, sort: 'dueDate', cursor, limit: 100 }, signal),
    ),
    placeholderData: keepPreviousData,
  });

export type ActionItemInput = z.input<typeof actionItemInputSchema>;

export function useAddActionItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionItemInput) => api.post<ActionItem>(`${base(id)}/action-items`, input),
    onSuccess: () => invalidateRecords(queryClient),
  });
}

export function useSetActionItemStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, status }: { itemId: string; status: (typeof ACTION_ITEM_STATUSES)[number] }) =>
      api.patch<ActionItem>(`/api/action-items/${enc(itemId)}`, { status }),
    onSuccess: () => invalidateRecords(queryClient),
  });
}
