// PUT /api/consultations/:id/positions — the viewer's own delegation's position (or, for the mission, a named party's).
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, refreshConsultations } from './keys.ts';
import type { Position, PositionInput } from './types.ts';

export const useSetPosition = (id: string) => useWrite((input: PositionInput) => api.put<Position>(consultationPath(id, 'positions'), input), refreshConsultations);
