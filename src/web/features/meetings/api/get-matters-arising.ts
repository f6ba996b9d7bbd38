// GET /api/meetings/:id/matters-arising — open action items and recent decisions of the body's earlier meetings.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { ActionItem, Decision } from './types.ts';

export const useMattersArising = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: meetingKeys.part('matters-arising', id),
    queryFn: ({ signal }) => api.get<{ actionItems: ActionItem[]; decisions: Decision[] }>(meetingPath(id, 'matters-arising'), undefined, signal),
    enabled,
  });
