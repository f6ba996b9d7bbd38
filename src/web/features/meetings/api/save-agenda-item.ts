// POST /api/meetings/:id/agenda-items (a new item) or PATCH …/agenda-items/:itemId (a changed one).
import type { z } from 'zod';
import type { agendaItemInputSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { AgendaItem } from './types.ts';

export type AgendaItemInput = z.input<typeof agendaItemInputSchema>;

export const useSaveAgendaItem = (id: string) =>
  useWrite(
    ({ itemId, input }: { itemId?: string; input: AgendaItemInput }) =>
      itemId ? api.patch<AgendaItem>(meetingPath(id, 'agenda-items', encodeURIComponent(itemId)), input) : api.post<AgendaItem>(meetingPath(id, 'agenda-items'), input),
    { refresh: () => [meetingKeys.all] },
  );
