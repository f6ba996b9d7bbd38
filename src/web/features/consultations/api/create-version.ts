// POST /api/consultations/:id/versions — a new draft version; without content the server copies the latest one.
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, refreshConsultations } from './keys.ts';
import type { ConsultationVersion } from './types.ts';

export const useCreateVersion = (id: string) =>
  useWrite((input: { content?: string; note?: string | null }) => api.post<ConsultationVersion>(consultationPath(id, 'versions'), input), refreshConsultations);
