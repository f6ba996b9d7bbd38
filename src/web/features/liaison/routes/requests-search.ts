// The liaison requests page's URL search parameters: table or board, filters and sort.
import { LIAISON_STATUSES } from '../../../../shared/liaison.ts';
import { oneOf, text } from '../../../lib/search-params.ts';
import type { RequestsParams } from '../api/get-requests.ts';

export type RequestsSearch = Partial<RequestsParams> & { view?: 'table' | 'board' };

export function parseRequestsSearch(raw: Record<string, unknown>): RequestsSearch {
  return {
    q: text(raw.q),
    status: oneOf(raw.status, LIAISON_STATUSES),
    overdue: raw.overdue === 'true' || raw.overdue === true ? 'true' : undefined,
    sort: oneOf(raw.sort, ['reference', 'targetDate', '-updatedAt'] as const),
    view: oneOf(raw.view, ['table', 'board'] as const),
  };
}
