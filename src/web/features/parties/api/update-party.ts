// PATCH /api/parties/:id — changes to a party (only the fields sent).
import type { z } from 'zod';
import type { Party, partyUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { partiesPath, partyKeys } from './keys.ts';

export type PartyUpdate = z.input<typeof partyUpdateSchema>;

export const updateParty = (id: string, input: PartyUpdate) => api.patch<Party>(recordPath(partiesPath, id), input);

export const useUpdateParty = (id: string) => useWrite((input: PartyUpdate) => updateParty(id, input), { detail: () => partyKeys.detail(id) });
