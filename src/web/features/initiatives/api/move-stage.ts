// POST /api/initiatives/:id/stage — moves an initiative along its pipeline, with the reason and what the gate asks for.
import type { z } from 'zod';
import type { stageMoveSchema } from '../../../../shared/initiatives.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { initiativePath, refreshInitiatives } from './keys.ts';
import type { Initiative } from './types.ts';

export type StageMove = z.input<typeof stageMoveSchema>;

export const useMoveStage = (id: string) => useWrite((move: StageMove) => api.post<Initiative>(initiativePath(id, 'stage'), move), refreshInitiatives);
