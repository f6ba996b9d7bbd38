// GET /api/delegations — the list of delegations, filtered, sorted and paged.
import type { Delegation } from '../../../../shared/directory.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';
import { delegationsPath, delegationKeys } from './keys.ts';

export interface DelegationsParams {
  q?: string;
  party?: string;
  sort?: string;
  archived?: ArchivedView;
}

export const delegationsQueryOptions = (params: DelegationsParams) => listQueryOptions<Delegation>(delegationKeys.list(params), delegationsPath, { ...params });

export const useDelegations = (params: DelegationsParams) => useListQuery(delegationsQueryOptions(params));
