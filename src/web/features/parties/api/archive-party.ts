// POST /api/parties/:id/archive — archives a party.
import type { Party } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { partiesPath } from './keys.ts';

export const archiveParty = (id: string) => api.post<Party>(recordPath(partiesPath, id, 'archive'));

export const useArchiveParty = (id: string) => useWrite(() => archiveParty(id));
