// GET /api/initiatives — the initiatives table: filtered by stage, sector, DAC code, party, fund, year and text, sorted and paged on the server.
import type { INITIATIVE_SORTS, InitiativeStage } from '../../../../shared/initiatives.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { initiativeKeys } from './keys.ts';
import type { Initiative } from './types.ts';

export interface InitiativesParams {
  q?: string;
  stage?: InitiativeStage;
  sector?: string;
  dacCode?: string;
  party?: string;
  fundId?: string;
  year?: number;
  sort: (typeof INITIATIVE_SORTS)[number];
}

export const useInitiatives = (params: InitiativesParams) => useListQuery(listQueryOptions<Initiative>(initiativeKeys.list(params), '/api/initiatives', { ...params }));
