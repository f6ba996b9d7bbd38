// GET /api/meetings/:id/decisions — the decisions taken at a meeting.
import { useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { decisionKeys, meetingPath } from './keys.ts';
import type { Decision } from './types.ts';

export const useMeetingDecisions = (id: string) =>
  useQuery({ queryKey: decisionKeys.part('meeting', id), queryFn: ({ signal }) => api.get<ListPage<Decision>>(meetingPath(id, 'decisions'), undefined, signal) });
