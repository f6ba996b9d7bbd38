// GET /api/parties — the list of parties, filtered, sorted and paged.
import type { PARTY_KINDS, Party } from '../../../../shared/directory.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';
import { partiesPath, partyKeys } from './keys.ts';

export interface PartiesParams {
  q?: string;
  kind?: (typeof PARTY_KINDS)[number];
  sort?: string;
  archived?: ArchivedView;
}

export const partiesQueryOptions = (params: PartiesParams) => listQueryOptions<Party>(partyKeys.list(params), partiesPath, { ...params });

export const useParties = (params: PartiesParams) => useListQuery(partiesQueryOptions(params));
