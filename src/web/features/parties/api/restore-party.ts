// POST /api/parties/:id/restore — restores a party.
import type { Party } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { partiesPath } from './keys.ts';

export const restoreParty = (id: string) => api.post<Party>(recordPath(partiesPath, id, 'restore'));

export const useRestoreParty = (id: string) => useWrite(() => restoreParty(id));
