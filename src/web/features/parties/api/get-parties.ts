import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { PARTY_KINDS, Party } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';

export interface PartiesParams {
  q?: string;
  kind?: (typeof PARTY_KINDS)[number];
  sort?: string;
  archived?: ArchivedView;
}

export const getParties = (params: PartiesParams, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Party>>('/api/parties', { ...params, cursor, limit: PAGE_SIZE }, signal);

export const partiesQueryOptions = (params: PartiesParams) =>
  pagedQueryOptions(['parties', 'list', params], (cursor, signal) => getParties(params, cursor, signal));

export const useParties = (params: PartiesParams) => useInfiniteQuery({ ...partiesQueryOptions(params), placeholderData: keepPreviousData });
