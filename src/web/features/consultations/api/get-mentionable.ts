// GET /api/consultations/:id/mentionable — people who may be mentioned in the part of the thread being written (a note, a comment on a version or on the whole).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { MentionCandidate } from './types.ts';

export const useMentionable = (id: string, missionOnly: boolean, versionId: string | null) =>
  useQuery({
    queryKey: keys.part('mentionable', id, missionOnly, versionId),
    queryFn: ({ signal }) =>
      api.get<{ items: MentionCandidate[] }>(consultationPath(id, 'mentionable'), { missionOnly: missionOnly ? 'true' : undefined, versionId: versionId ?? undefined }, signal),
    staleTime: 60_000,
  });
