// PATCH /api/delegations/:id — changes to a delegation (only the fields sent).
import type { z } from 'zod';
import type { Delegation, delegationUpdateSchema } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { delegationsPath, delegationKeys } from './keys.ts';

export type DelegationUpdate = z.input<typeof delegationUpdateSchema>;

export const updateDelegation = (id: string, input: DelegationUpdate) => api.patch<Delegation>(recordPath(delegationsPath, id), input);

export const useUpdateDelegation = (id: string) => useWrite((input: DelegationUpdate) => updateDelegation(id, input), { detail: () => delegationKeys.detail(id) });
