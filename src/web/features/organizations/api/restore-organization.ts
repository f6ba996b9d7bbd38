// POST /api/organizations/:id/restore — restores a organisation.
import type { Organization } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { organizationsPath } from './keys.ts';

export const restoreOrganization = (id: string) => api.post<Organization>(recordPath(organizationsPath, id, 'restore'));

export const useRestoreOrganization = (id: string) => useWrite(() => restoreOrganization(id));
