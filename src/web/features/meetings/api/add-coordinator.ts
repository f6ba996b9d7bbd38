// POST /api/bodies/:id/coordinators — a party takes up a coordinator's or chair's role from a date.
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { bodyPath } from './keys.ts';
import type { CoordinatorList } from './types.ts';

export interface CoordinatorInput {
  partyCode: string;
  role: 'coordinator' | 'co_chair' | 'chair';
  fromDate: string;
  toDate?: string | null;
}

export const useAddCoordinator = (bodyId: string) => useWrite((input: CoordinatorInput) => api.post<CoordinatorList>(bodyPath(bodyId, 'coordinators'), input));
