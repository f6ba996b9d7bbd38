// GET /api/consultations/:id/timeline — what happened to the consultation, in order.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { Timeline } from './types.ts';

export const useTimeline = (id: string) =>
  useQuery({ queryKey: keys.timeline(id), queryFn: ({ signal }) => api.get<Timeline>(consultationPath(id, 'timeline'), undefined, signal) });
