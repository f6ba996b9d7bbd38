import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ORGANIZATION_KINDS, Organization } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';

export interface OrganizationsParams {
  q?: string;
  kind?: (typeof ORGANIZATION_KINDS)[number];
  country?: string;
  parentId?: string;
  sort?: string;
  archived?: ArchivedView;
}

export const getOrganizations = (params: OrganizationsParams, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Organization>>('/api/organizations', { ...params, cursor, limit: PAGE_SIZE }, signal);

export const organizationsQueryOptions = (params: OrganizationsParams) =>
  pagedQueryOptions(['organizations', 'list', params], (cursor, signal) => getOrganizations(params, cursor, signal));

export const useOrganizations = (params: OrganizationsParams) =>
  useInfiniteQuery({ ...organizationsQueryOptions(params), placeholderData: keepPreviousData });
