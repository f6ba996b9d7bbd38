// GET /api/meetings/:id/agenda-items — a meeting's agenda, in order, with each item's minutes.
import { useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { AgendaItem } from './types.ts';

export const agendaKey = (id: string) => meetingKeys.part('agenda', id);

export const useAgenda = (id: string) =>
  useQuery({ queryKey: agendaKey(id), queryFn: ({ signal }) => api.get<ListPage<AgendaItem>>(meetingPath(id, 'agenda-items'), undefined, signal) });
