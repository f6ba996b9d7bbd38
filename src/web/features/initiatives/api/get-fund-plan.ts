// GET /api/funds/:id and /api/plans/:id — one fund with its figures by year; one plan of action with its action lines and what is launched.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planSchema } from '../../../../shared/initiatives.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath } from '../../../lib/query.ts';
import { fundKeys, planKeys } from './keys.ts';
import type { Fund } from './types.ts';

export type Plan = z.infer<typeof planSchema>;

export const useFund = (id: string) => useQuery({ queryKey: fundKeys.detail(id), queryFn: ({ signal }) => api.get<Fund>(recordPath('/api/funds', id), undefined, signal) });
export const usePlan = (id: string) => useQuery({ queryKey: planKeys.detail(id), queryFn: ({ signal }) => api.get<Plan>(recordPath('/api/plans', id), undefined, signal) });
