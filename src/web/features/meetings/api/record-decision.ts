// POST /api/meetings/:id/decisions — records a decision taken at the meeting (numbered in the body's register).
import type { z } from 'zod';
import type { decisionInputSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { meetingPath } from './keys.ts';
import type { Decision } from './types.ts';

export type DecisionInput = z.input<typeof decisionInputSchema>;

export const useRecordDecision = (id: string) => useWrite((input: DecisionInput) => api.post<Decision>(meetingPath(id, 'decisions'), input));
