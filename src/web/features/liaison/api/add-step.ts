// POST /api/liaison-requests/:id/steps — adds a dated step, optionally moving the status forward.
import type { z } from 'zod';
import type { stepInputSchema } from '../../../../shared/liaison.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { requestKeys, requestPath } from './keys.ts';
import type { LiaisonStep } from './types.ts';

export type StepInput = z.input<typeof stepInputSchema>;

export const useAddStep = (id: string) =>
  useWrite((step: StepInput) => api.post<{ items: LiaisonStep[] }>(requestPath(id, 'steps'), step), { refresh: () => [requestKeys.all] });
