import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Person } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';

/** People who hold or held a post at the organisation. */
export const getOrganizationPeople = (organizationId: string, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Person>>('/api/people', { organizationId, cursor, limit: PAGE_SIZE, sort: 'name' }, signal);

export const organizationPeopleQueryOptions = (organizationId: string) =>
  pagedQueryOptions(['people', 'list', { organizationId }], (cursor, signal) => getOrganizationPeople(organizationId, cursor, signal));

export const useOrganizationPeople = (organizationId: string) =>
  useInfiniteQuery({ ...organizationPeopleQueryOptions(organizationId), placeholderData: keepPreviousData });
