// GET /api/organizations — the list of organisations, filtered, sorted and paged.
import type { ORGANIZATION_KINDS, Organization } from '../../../../shared/directory.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import type { ArchivedView } from '../../../lib/search-params.ts';
import { organizationsPath, organizationKeys } from './keys.ts';

export interface OrganizationsParams {
  q?: string;
  kind?: (typeof ORGANIZATION_KINDS)[number];
  country?: string;
  parentId?: string;
  sort?: string;
  archived?: ArchivedView;
}

export const organizationsQueryOptions = (params: OrganizationsParams) => listQueryOptions<Organization>(organizationKeys.list(params), organizationsPath, { ...params });

export const useOrganizations = (params: OrganizationsParams) => useListQuery(organizationsQueryOptions(params));
