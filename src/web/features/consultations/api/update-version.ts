// PATCH /api/consultations/:id/versions/:versionId — changes to a draft version's text or note.
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, keys } from './keys.ts';
import type { ConsultationVersion } from './types.ts';

export const useUpdateVersion = (id: string) =>
  useWrite(
    ({ versionId, content, note }: { versionId: string; content?: string; note?: string | null }) =>
      api.patch<ConsultationVersion>(consultationPath(id, 'versions', encodeURIComponent(versionId)), { content, note }),
    { detail: (saved) => keys.version(id, saved.id), refresh: () => [keys.versions(id)] },
  );
