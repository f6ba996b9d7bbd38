// GET /api/meetings/:id/action-items — the action items agreed at a meeting.
import { useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { actionItemKeys, meetingPath } from './keys.ts';
import type { ActionItem } from './types.ts';

export const useMeetingActionItems = (id: string) =>
  useQuery({ queryKey: actionItemKeys.part('meeting', id), queryFn: ({ signal }) => api.get<ListPage<ActionItem>>(meetingPath(id, 'action-items'), undefined, signal) });
