// The consultation pages' URL search parameters: view, filters, sort, tab.
import { CONSULTATION_METHODS, CONSULTATION_STATUSES, CONSULTATION_VIEWS } from '../../../../shared/consultations.ts';
import { oneOf, text } from '../../../lib/search-params.ts';
import type { ConsultationSort, ConsultationView } from '../api/get-consultations.ts';
import type { MatrixView } from '../api/get-matrix.ts';

export const SORTS = ['-updatedAt', 'updatedAt', 'deadline', '-deadline'] as const satisfies readonly ConsultationSort[];

export interface ConsultationsSearch {
  view?: ConsultationView;
  q?: string;
  method?: (typeof CONSULTATION_METHODS)[number];
  status?: (typeof CONSULTATION_STATUSES)[number];
  sort?: ConsultationSort;
}

export function parseConsultationsSearch(raw: Record<string, unknown>): ConsultationsSearch {
  return {
    view: oneOf(raw.view, CONSULTATION_VIEWS),
    q: text(raw.q),
    method: oneOf(raw.method, CONSULTATION_METHODS),
    status: oneOf(raw.status, CONSULTATION_STATUSES),
    sort: oneOf(raw.sort, SORTS),
  };
}

export const CONSULTATION_TABS = ['text', 'positions', 'timeline', 'thread', 'documents'] as const;
export type ConsultationTab = (typeof CONSULTATION_TABS)[number];

export interface ConsultationSearch {
  tab?: ConsultationTab;
}

export function parseConsultationSearch(raw: Record<string, unknown>): ConsultationSearch {
  return { tab: oneOf(raw.tab, CONSULTATION_TABS) };
}

export const MATRIX_VIEWS = ['open', 'closing_soon', 'decided', 'all'] as const satisfies readonly MatrixView[];

export interface MatrixSearch {
  view?: MatrixView;
}

export function parseMatrixSearch(raw: Record<string, unknown>): MatrixSearch {
  return { view: oneOf(raw.view, MATRIX_VIEWS) };
}
