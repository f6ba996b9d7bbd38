// GET /api/correspondence — the register: filtered by direction, kind, status, party, overdue and text, sorted and paged on the server.
import type { CORRESPONDENCE_SORTS, CorrespondenceKind, CorrespondenceStatus, Direction } from '../../../../shared/correspondence.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { correspondenceKeys } from './keys.ts';
import type { Correspondence } from './types.ts';

export interface CorrespondenceParams {
  q?: string;
  direction?: Direction;
  kind?: CorrespondenceKind;
  status?: CorrespondenceStatus;
  party?: string;
  overdue?: 'true';
  sort: (typeof CORRESPONDENCE_SORTS)[number];
}

export const useCorrespondenceList = (params: CorrespondenceParams) =>
  useListQuery(listQueryOptions<Correspondence>(correspondenceKeys.list(params), '/api/correspondence', { ...params }));
