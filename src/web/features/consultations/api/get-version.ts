// GET /api/consultations/:id/versions/:versionId — one version's text.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { ConsultationVersion } from './types.ts';

export const useVersion = (id: string, versionId: string | null) =>
  useQuery({
    queryKey: keys.version(id, versionId ?? ''),
    queryFn: ({ signal }) => api.get<ConsultationVersion>(consultationPath(id, 'versions', encodeURIComponent(versionId ?? '')), undefined, signal),
    enabled: Boolean(versionId),
  });
