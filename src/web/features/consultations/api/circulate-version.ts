// POST /api/consultations/:id/versions/:versionId/circulate — circulates a draft version to the distribution list; it never changes again.
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, refreshConsultations } from './keys.ts';

export const useCirculateVersion = (id: string) =>
  useWrite((versionId: string) => api.post<unknown>(consultationPath(id, 'versions', encodeURIComponent(versionId), 'circulate'), {}), refreshConsultations);
