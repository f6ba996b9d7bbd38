// POST /api/meetings/:id/matters-arising — puts chosen earlier action items and decisions on this meeting's agenda.
import { api, type ListPage } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { AgendaItem } from './types.ts';

export const useCarryOver = (id: string) =>
  useWrite((input: { actionItemIds: string[]; decisionIds: string[] }) => api.post<ListPage<AgendaItem>>(meetingPath(id, 'matters-arising'), input), {
    refresh: () => [meetingKeys.all],
  });
