// POST /api/delegations/:id/archive — archives a delegation.
import type { Delegation } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { delegationsPath } from './keys.ts';

export const archiveDelegation = (id: string) => api.post<Delegation>(recordPath(delegationsPath, id, 'archive'));

export const useArchiveDelegation = (id: string) => useWrite(() => archiveDelegation(id));
