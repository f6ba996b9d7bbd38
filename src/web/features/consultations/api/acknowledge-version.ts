// POST /api/consultations/:id/versions/:versionId/acknowledge — records that the viewer's delegation has opened a circulated version (the server keeps the first time only).
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, keys } from './keys.ts';

export const useAcknowledgeVersion = (id: string) =>
  useWrite((versionId: string) => api.post<unknown>(consultationPath(id, 'versions', encodeURIComponent(versionId), 'acknowledge'), {}), {
    refresh: () => [keys.positions(id), keys.timeline(id)],
  });
