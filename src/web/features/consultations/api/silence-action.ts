// POST /api/consultations/:id/silence — the chair's three acts on a silence procedure: launch, extend, withdraw.
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, refreshConsultations } from './keys.ts';
import type { Consultation, SilenceAction } from './types.ts';

export const useSilenceAction = (id: string) => useWrite((action: SilenceAction) => api.post<Consultation>(consultationPath(id, 'silence'), action), refreshConsultations);
