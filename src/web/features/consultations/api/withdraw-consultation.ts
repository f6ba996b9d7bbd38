// POST /api/consultations/:id/withdraw — withdraws the consultation altogether (not only a silence procedure).
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, keys, refreshConsultations } from './keys.ts';
import type { Consultation } from './types.ts';

export const useWithdrawConsultation = (id: string) =>
  useWrite((reason: string | null) => api.post<Consultation>(consultationPath(id, 'withdraw'), { reason }), { ...refreshConsultations, detail: () => keys.detail(id) });
