// POST /api/organizations/:id/archive — archives a organisation.
import type { Organization } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { organizationsPath } from './keys.ts';

export const archiveOrganization = (id: string) => api.post<Organization>(recordPath(organizationsPath, id, 'archive'));

export const useArchiveOrganization = (id: string) => useWrite(() => archiveOrganization(id));
