// POST /api/consultations — a new consultation (a draft until its first version is circulated).
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { refreshConsultations } from './keys.ts';
import type { Consultation, ConsultationInput } from './types.ts';

export const useCreateConsultation = () => useWrite((input: ConsultationInput) => api.post<Consultation>('/api/consultations', input), refreshConsultations);
