// PATCH /api/consultations/:id — changes to a consultation (only the fields sent).
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, keys, refreshConsultations } from './keys.ts';
import type { Consultation, ConsultationUpdate } from './types.ts';

export const useUpdateConsultation = (id: string) =>
  useWrite((input: ConsultationUpdate) => api.patch<Consultation>(consultationPath(id), input), { ...refreshConsultations, detail: () => keys.detail(id) });
