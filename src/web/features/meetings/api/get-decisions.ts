// GET /api/decisions — the decisions register, searched and filtered.
import type { DECISION_STATUSES } from '../../../../shared/meetings.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { decisionKeys } from './keys.ts';
import type { Decision } from './types.ts';

export interface DecisionsParams {
  q?: string;
  bodyId?: string;
  status?: (typeof DECISION_STATUSES)[number];
}

export const useDecisionsRegister = (params: DecisionsParams) => useListQuery(listQueryOptions<Decision>(decisionKeys.list(params), '/api/decisions', { ...params }));
