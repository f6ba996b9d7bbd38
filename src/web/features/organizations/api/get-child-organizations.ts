import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Organization } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';

/** Departments, missions and agencies under an organisation. */
export const getChildOrganizations = (parentId: string, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Organization>>('/api/organizations', { parentId, cursor, limit: PAGE_SIZE, sort: 'name' }, signal);

export const childOrganizationsQueryOptions = (parentId: string) =>
  pagedQueryOptions(['organizations', 'list', { parentId }], (cursor, signal) => getChildOrganizations(parentId, cursor, signal));

export const useChildOrganizations = (parentId: string) =>
  useInfiniteQuery({ ...childOrganizationsQueryOptions(parentId), placeholderData: keepPreviousData });
