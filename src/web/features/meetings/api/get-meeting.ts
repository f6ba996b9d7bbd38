// GET /api/meetings/:id — one meeting, with what the user may do with it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { Meeting } from './types.ts';

export const meetingQueryOptions = (id: string) =>
  queryOptions({ queryKey: meetingKeys.detail(id), queryFn: ({ signal }) => api.get<Meeting>(meetingPath(id), undefined, signal) });

export const useMeeting = (id: string) => useQuery(meetingQueryOptions(id));
