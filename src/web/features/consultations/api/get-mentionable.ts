// GET /api/consultations/:id/mentionable — people who may be mentioned: those who can see the consultation (for a mission-only note, the mission's people).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { MentionCandidate } from './types.ts';

export const useMentionable = (id: string, missionOnly: boolean) =>
  useQuery({
    queryKey: keys.part('mentionable', id, missionOnly),
    queryFn: ({ signal }) => api.get<{ items: MentionCandidate[] }>(consultationPath(id, 'mentionable'), { missionOnly: missionOnly ? 'true' : undefined }, signal),
    staleTime: 60_000,
  });
