import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Person } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';

export interface PeopleParams {
  q?: string;
  organizationId?: string;
  sort?: string;
  archived?: ArchivedView;
}

export const getPeople = (params: PeopleParams, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Person>>('/api/people', { ...params, cursor, limit: PAGE_SIZE }, signal);

export const peopleQueryOptions = (params: PeopleParams) =>
  pagedQueryOptions(['people', 'list', params], (cursor, signal) => getPeople(params, cursor, signal));

export const usePeople = (params: PeopleParams) => useInfiniteQuery({ ...peopleQueryOptions(params), placeholderData: keepPreviousData });
