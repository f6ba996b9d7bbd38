// GET /api/consultations — consultations in one view (open, closing soon, decided, …), searched, filtered and paged; and how many each view holds.
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import type { CONSULTATION_METHODS, CONSULTATION_STATUSES, CONSULTATION_VIEWS } from '../../../../shared/consultations.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { keys } from './keys.ts';
import type { Consultation } from './types.ts';

export type ConsultationView = (typeof CONSULTATION_VIEWS)[number];
export type ConsultationSort = 'updatedAt' | '-updatedAt' | 'deadline' | '-deadline';

export interface ConsultationsParams {
  view: ConsultationView;
  q?: string;
  method?: (typeof CONSULTATION_METHODS)[number];
  status?: (typeof CONSULTATION_STATUSES)[number];
  sort: ConsultationSort;
}

export const useConsultations = (params: ConsultationsParams) => useListQuery(listQueryOptions<Consultation>(keys.list(params), '/api/consultations', { ...params }));

/** How many consultations each view holds with the same search and filters (for the view switcher). */
export function useViewCounts(views: readonly ConsultationView[], params: Omit<ConsultationsParams, 'view' | 'sort'>) {
  const results = useQueries({
    queries: views.map((view) => ({
      queryKey: keys.part('count', view, params),
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<ListPage<Consultation>>('/api/consultations', { ...params, view, limit: 1 }, signal),
      staleTime: 15_000,
      placeholderData: keepPreviousData,
    })),
  });
  return Object.fromEntries(views.map((view, i) => [view, results[i]?.data?.total])) as Partial<Record<ConsultationView, number>>;
}
