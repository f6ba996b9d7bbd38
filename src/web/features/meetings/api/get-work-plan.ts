// GET /api/bodies/:id/work-plan — the lines of a body's work plan.
import { useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { bodyKeys, bodyPath } from './keys.ts';
import type { WorkPlanLine } from './types.ts';

export const workPlanKey = (bodyId: string) => bodyKeys.part('work-plan', bodyId);

export const useWorkPlan = (id: string) =>
  useQuery({ queryKey: workPlanKey(id), queryFn: ({ signal }) => api.get<ListPage<WorkPlanLine>>(bodyPath(id, 'work-plan'), undefined, signal) });
