// POST /api/delegations/:id/restore — restores a delegation.
import type { Delegation } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { delegationsPath } from './keys.ts';

export const restoreDelegation = (id: string) => api.post<Delegation>(recordPath(delegationsPath, id, 'restore'));

export const useRestoreDelegation = (id: string) => useWrite(() => restoreDelegation(id));
