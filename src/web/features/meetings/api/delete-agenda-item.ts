// DELETE /api/meetings/:id/agenda-items/:itemId — removes an agenda item (before the meeting is held).
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { meetingKeys, meetingPath } from './keys.ts';

export const useDeleteAgendaItem = (id: string) =>
  useWrite((itemId: string) => api.delete<void>(meetingPath(id, 'agenda-items', encodeURIComponent(itemId))), { refresh: () => [meetingKeys.all] });
