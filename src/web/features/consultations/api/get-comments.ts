// GET /api/consultations/:id/comments — the thread of the whole consultation (versionId null) or of one version.
import { useInfiniteQuery } from '@tanstack/react-query';
import { listQueryOptions } from '../../../lib/query.ts';
import { consultationPath, keys } from './keys.ts';
import type { Comment } from './types.ts';

export const useComments = (id: string, versionId: string | null) =>
  useInfiniteQuery(listQueryOptions<Comment>(keys.comments(id, versionId), consultationPath(id, 'comments'), { versionId }, 100));
