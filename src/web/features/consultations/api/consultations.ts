import { keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CONSULTATION_METHODS, CONSULTATION_STATUSES, CONSULTATION_VIEWS } from '../../../../shared/consultations.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';
import { base, type Consultation, type ConsultationInput, type ConsultationUpdate, keys } from './types.ts';

export type ConsultationView = (typeof CONSULTATION_VIEWS)[number];
export type ConsultationSort = 'updatedAt' | '-updatedAt' | 'deadline' | '-deadline';

export interface ConsultationsParams {
  view: ConsultationView;
  q?: string;
  method?: (typeof CONSULTATION_METHODS)[number];
  status?: (typeof CONSULTATION_STATUSES)[number];
  sort: ConsultationSort;
}

export const useConsultations = (params: ConsultationsParams) =>
  useInfiniteQuery({
    ...pagedQueryOptions(['consultations', 'list', params], (cursor, signal) =>
      api.get<ListPage<Consultation>>('/api/consultations', { ...params, cursor, limit: PAGE_SIZE }, signal),
    ),
    placeholderData: keepPreviousData,
  });

/** How many consultations each view holds with the same search and filters (for the view switcher). */
export function useViewCounts(views: readonly ConsultationView[], params: Omit<ConsultationsParams, 'view' | 'sort'>) {
  const results = useQueries({
    queries: views.map((view) => ({
      queryKey: ['consultations', 'count', view, params],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<ListPage<Consultation>>('/api/consultations', { ...params, view, limit: 1 }, signal),
      staleTime: 15_000,
      placeholderData: keepPreviousData,
    })),
  });
  return Object.fromEntries(views.map((view, i) => [view, results[i]?.data?.total])) as Partial<Record<ConsultationView, number>>;
}

export const consultationQueryOptions = (id: string) =>
  queryOptions({ queryKey: keys.detail(id), queryFn: ({ signal }) => api.get<Consultation>(base(id), undefined, signal) });

/**
 * While it is open, the consultation is refreshed every half minute, and
 * every couple of seconds once its closing instant has passed, so the
 * outcome recorded at the expiry appears without a reload.
 */
export const useConsultation = (id: string) =>
  useQuery({
    ...consultationQueryOptions(id),
    refetchInterval: (q) => {
      const c = q.state.data;
      if (c?.status !== 'open') return false;
      const left = c.closesAt ? new Date(c.closesAt).getTime() - Date.now() : Number.POSITIVE_INFINITY;
      return left <= 0 ? 2000 : Math.min(30_000, left + 500);
    },
  });

export function useCreateConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsultationInput) => api.post<Consultation>('/api/consultations', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateConsultation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsultationUpdate) => api.patch<Consultation>(base(id), input),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.detail(id), saved);
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

/** Withdraws the consultation altogether (not only a silence procedure). */
export function useWithdrawConsultation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string | null) => api.post<Consultation>(`${base(id)}/withdraw`, { reason }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.detail(id), saved);
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}
