// POST /api/bodies/:id/work-plan (a new line) or PATCH …/work-plan/:lineId (a changed one).
import type { z } from 'zod';
import type { workPlanLineInputSchema, workPlanLineUpdateSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { workPlanKey } from './get-work-plan.ts';
import { bodyPath } from './keys.ts';
import type { WorkPlanLine } from './types.ts';

export type WorkPlanLineInput = z.input<typeof workPlanLineInputSchema>;
export type WorkPlanLineUpdate = z.input<typeof workPlanLineUpdateSchema>;

export const useSaveWorkPlanLine = (bodyId: string) =>
  useWrite(
    ({ lineId, input }: { lineId?: string; input: WorkPlanLineInput }) =>
      lineId ? api.patch<WorkPlanLine>(bodyPath(bodyId, 'work-plan', encodeURIComponent(lineId)), input) : api.post<WorkPlanLine>(bodyPath(bodyId, 'work-plan'), input),
    { refresh: () => [workPlanKey(bodyId)] },
  );
