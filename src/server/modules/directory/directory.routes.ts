import {
  organizationInputSchema,
  organizationListQuerySchema,
  organizationListSchema,
  organizationSchema,
  organizationUpdateSchema,
} from '../../../shared/directory.ts';
import type { Api } from '../../platform/http/types.ts';
import {
  createOrganization,
  getOrganization,
  searchOrganizations,
  setOrganizationArchived,
  updateOrganization,
} from './organizations.usecases.ts';

export async function directoryRoutes(app: Api) {
  recordRoutes(app, {
    path: '/api/organizations',
    tag: 'directory',
    noun: 'organisation',
    schemas: {
      listQuery: organizationListQuerySchema,
      list: organizationListSchema,
      item: organizationSchema,
      input: organizationInputSchema,
      update: organizationUpdateSchema,
    },
    ops: { list: searchOrganizations, get: getOrganization, create: createOrganization, update: updateOrganization, setArchived: setOrganizationArchived },
  });
}
import { recordRoutes } from './record.routes.ts';
