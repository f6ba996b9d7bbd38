// GET /api/organizations?parentId= — departments, missions and agencies under an organisation.
import type { Organization } from '../../../../shared/directory.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { organizationKeys, organizationsPath } from './keys.ts';

export const childOrganizationsQueryOptions = (parentId: string) =>
  listQueryOptions<Organization>(organizationKeys.list({ parentId }), organizationsPath, { parentId, sort: 'name' });

export const useChildOrganizations = (parentId: string) => useListQuery(childOrganizationsQueryOptions(parentId));
