import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { attendanceInputSchema } from '../../../../shared/meetings.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { type Attendance, enc, type MinuteRevision, type Minutes } from './types.ts';

const base = (id: string) => `/api/meetings/${enc(id)}`;

export const useAttendance = (id: string) =>
  useQuery({ queryKey: ['meetings', 'attendance', id], queryFn: ({ signal }) => api.get<Attendance>(`${base(id)}/attendance`, undefined, signal) });

export type AttendanceInput = z.input<typeof attendanceInputSchema>;

export function useSaveAttendance(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AttendanceInput) => api.put<Attendance>(`${base(id)}/attendance`, input),
    onSuccess: (saved) => queryClient.setQueryData(['meetings', 'attendance', id], saved),
  });
}

export function useSaveMinutes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, content, baseVersion, reason }: { itemId: string; content: string; baseVersion: number; reason?: string }) =>
      reason === undefined
        ? api.put<Minutes>(`${base(id)}/agenda-items/${enc(itemId)}/minutes`, { content, baseVersion })
        : api.post<Minutes>(`${base(id)}/agenda-items/${enc(itemId)}/minutes/corrigendum`, { content, baseVersion, reason }),
    onSuccess: (_saved, { itemId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['meetings', 'agenda', id] }),
        queryClient.invalidateQueries({ queryKey: ['meetings', 'revisions', itemId] }),
      ]),
  });
}

export const useMinuteRevisions = (id: string, itemId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['meetings', 'revisions', itemId],
    queryFn: ({ signal }) => api.get<ListPage<MinuteRevision>>(`${base(id)}/agenda-items/${enc(itemId)}/minutes/revisions`, undefined, signal),
    enabled,
  });
