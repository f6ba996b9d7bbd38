import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { pagedQueryOptions } from '../../../lib/query.ts';
import { base, type Comment, keys, type MentionCandidate } from './types.ts';

/** The thread of the whole consultation (versionId null) or of one version. */
export const useComments = (id: string, versionId: string | null) =>
  useInfiniteQuery(
    pagedQueryOptions(keys.comments(id, versionId), (cursor, signal) =>
      api.get<ListPage<Comment>>(`${base(id)}/comments`, { versionId, cursor, limit: 100 }, signal),
    ),
  );

export interface CommentInput {
  body: string;
  versionId: string | null;
  missionOnly: boolean;
  mentions: string[];
}

export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommentInput) => api.post<Comment>(`${base(id)}/comments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consultations', 'comments', id] }),
  });
}

/** People who may be mentioned: those who can see the consultation (for a mission-only note, the mission's people). */
export const useMentionable = (id: string, missionOnly: boolean) =>
  useQuery({
    queryKey: ['consultations', 'mentionable', id, missionOnly],
    queryFn: ({ signal }) => api.get<{ items: MentionCandidate[] }>(`${base(id)}/mentionable`, { missionOnly: missionOnly ? 'true' : undefined }, signal),
    staleTime: 60_000,
  });
