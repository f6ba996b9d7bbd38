// POST /api/parties — a new party.
import type { z } from 'zod';
import type { Party, partyInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { partiesPath, partyKeys } from './keys.ts';

export type PartyInput = z.input<typeof partyInputSchema>;

export const createParty = (input: PartyInput) => api.post<Party>(partiesPath, input);

export const useCreateParty = () => useWrite(createParty, { detail: (record) => partyKeys.detail(record.id) });
