// POST /api/delegations — a new delegation.
import type { z } from 'zod';
import type { Delegation, delegationInputSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { delegationsPath, delegationKeys } from './keys.ts';

export type DelegationInput = z.input<typeof delegationInputSchema>;

export const createDelegation = (input: DelegationInput) => api.post<Delegation>(delegationsPath, input);

export const useCreateDelegation = () => useWrite(createDelegation, { detail: (record) => delegationKeys.detail(record.id) });
