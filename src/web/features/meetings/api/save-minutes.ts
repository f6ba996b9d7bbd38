// PUT …/agenda-items/:itemId/minutes (a draft) or POST …/minutes/corrigendum (a correction, with its reason, once the record is approved).
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { agendaKey } from './get-agenda.ts';
import { minuteRevisionsKey } from './get-minute-revisions.ts';
import { meetingPath } from './keys.ts';
import type { Minutes } from './types.ts';

export interface MinutesInput {
  itemId: string;
  content: string;
  baseVersion: number;
  reason?: string;
}

export const useSaveMinutes = (id: string) =>
  useWrite(
    ({ itemId, content, baseVersion, reason }: MinutesInput) => {
      const minutes = meetingPath(id, 'agenda-items', encodeURIComponent(itemId), 'minutes');
      return reason === undefined ? api.put<Minutes>(minutes, { content, baseVersion }) : api.post<Minutes>(`${minutes}/corrigendum`, { content, baseVersion, reason });
    },
    { refresh: (_saved, { itemId }) => [agendaKey(id), minuteRevisionsKey(itemId)] },
  );
