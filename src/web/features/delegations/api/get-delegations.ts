import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Delegation } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';

export interface DelegationsParams {
  q?: string;
  party?: string;
  sort?: string;
  archived?: ArchivedView;
}

export const getDelegations = (params: DelegationsParams, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Delegation>>('/api/delegations', { ...params, cursor, limit: PAGE_SIZE }, signal);

export const delegationsQueryOptions = (params: DelegationsParams) =>
  pagedQueryOptions(['delegations', 'list', params], (cursor, signal) => getDelegations(params, cursor, signal));

export const useDelegations = (params: DelegationsParams) =>
  useInfiniteQuery({ ...delegationsQueryOptions(params), placeholderData: keepPreviousData });
