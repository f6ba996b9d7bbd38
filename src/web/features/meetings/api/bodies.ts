import { keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { bodyInputSchema, bodyUpdateSchema, meetingInputSchema, workPlanLineInputSchema, workPlanLineUpdateSchema } from '../../../../shared/meetings.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, invalidateRecords, pagedQueryOptions } from '../../../lib/query.ts';
import { type Body, type CoordinatorList, enc, type Meeting, type WorkPlanLine } from './types.ts';

/** Every active body with its health, most pressing first. */
export const bodiesHealthQueryOptions = () =>
  queryOptions({
    queryKey: ['bodies', 'health'],
    queryFn: ({ signal }) => api.get<ListPage<Body>>('/api/bodies/health', undefined, signal),
  });
export const useBodiesHealth = () => useQuery({ ...bodiesHealthQueryOptions(), placeholderData: keepPreviousData });

export const bodyQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['bodies', 'detail', id], queryFn: ({ signal }) => api.get<Body>(`/api/bodies/${enc(id)}`, undefined, signal) });
export const useBody = (id: string) => useQuery(bodyQueryOptions(id));

export const useCoordinators = (id: string) =>
  useQuery({
    queryKey: ['bodies', 'coordinators', id],
    queryFn: ({ signal }) => api.get<CoordinatorList>(`/api/bodies/${enc(id)}/coordinators`, undefined, signal),
  });

export const useWorkPlan = (id: string) =>
  useQuery({
    queryKey: ['bodies', 'work-plan', id],
    queryFn: ({ signal }) => api.get<ListPage<WorkPlanLine>>(`/api/bodies/${enc(id)}/work-plan`, undefined, signal),
  });

/** A body's meetings, newest first. */
export const useBodyMeetings = (bodyId: string) =>
  useInfiniteQuery({
    ...pagedQueryOptions(['meetings', 'list', { bodyId }], (cursor, signal) =>
      api.get<ListPage<Meeting>>('/api/meetings', { bodyId, sort: '-startsAt', cursor, limit: PAGE_SIZE }, signal),
    ),
    placeholderData: keepPreviousData,
  });

export type BodyInput = z.input<typeof bodyInputSchema>;
export type BodyUpdate = z.input<typeof bodyUpdateSchema>;
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type WorkPlanLineInput = z.input<typeof workPlanLineInputSchema>;
export type WorkPlanLineUpdate = z.input<typeof workPlanLineUpdateSchema>;

export function useCreateBody() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: BodyInput) => api.post<Body>('/api/bodies', input), onSuccess: () => invalidateRecords(queryClient) });
}

export function useUpdateBody(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyUpdate) => api.patch<Body>(`/api/bodies/${enc(id)}`, input),
    onSuccess: (body) => {
      queryClient.setQueryData(['bodies', 'detail', id], body);
      return invalidateRecords(queryClient);
    },
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: MeetingInput) => api.post<Meeting>('/api/meetings', input), onSuccess: () => invalidateRecords(queryClient) });
}

export function useSaveWorkPlanLine(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, input }: { lineId?: string; input: WorkPlanLineInput }) =>
      lineId
        ? api.patch<WorkPlanLine>(`/api/bodies/${enc(bodyId)}/work-plan/${enc(lineId)}`, input)
        : api.post<WorkPlanLine>(`/api/bodies/${enc(bodyId)}/work-plan`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['bodies', 'work-plan', bodyId] }),
  });
}

export function useAddCoordinator(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { partyCode: string; role: 'coordinator' | 'co_chair' | 'chair'; fromDate: string; toDate?: string | null }) =>
      api.post<CoordinatorList>(`/api/bodies/${enc(bodyId)}/coordinators`, input),
    onSuccess: () => invalidateRecords(queryClient),
  });
}
