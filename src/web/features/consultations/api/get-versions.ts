// GET /api/consultations/:id/versions — the consultation's versions, newest first.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { VersionSummary } from './types.ts';

export const useVersions = (id: string) =>
  useQuery({ queryKey: keys.versions(id), queryFn: ({ signal }) => api.get<{ items: VersionSummary[] }>(consultationPath(id, 'versions'), undefined, signal) });
