// GET …/agenda-items/:itemId/minutes/revisions — the history of an item's minutes.
import { useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { MinuteRevision } from './types.ts';

export const minuteRevisionsKey = (itemId: string) => meetingKeys.part('revisions', itemId);

export const useMinuteRevisions = (id: string, itemId: string, enabled: boolean) =>
  useQuery({
    queryKey: minuteRevisionsKey(itemId),
    queryFn: ({ signal }) => api.get<ListPage<MinuteRevision>>(meetingPath(id, 'agenda-items', encodeURIComponent(itemId), 'minutes', 'revisions'), undefined, signal),
    enabled,
  });
