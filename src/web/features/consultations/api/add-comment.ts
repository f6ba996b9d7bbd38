// POST /api/consultations/:id/comments — a message in the thread (or a mission-only note), with mentions.
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { consultationPath, keys } from './keys.ts';
import type { Comment } from './types.ts';

export interface CommentInput {
  body: string;
  versionId: string | null;
  missionOnly: boolean;
  mentions: string[];
}

export const useAddComment = (id: string) =>
  useWrite((input: CommentInput) => api.post<Comment>(consultationPath(id, 'comments'), input), { refresh: () => [keys.comments(id)] });
