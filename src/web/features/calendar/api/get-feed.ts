// GET /api/calendar/feed — whether the user has a calendar subscription address, and since when.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarFeedStatus } from '../../../../shared/calendar.ts';
import { api } from '../../../lib/api-client.ts';

export const feedQueryKey = ['calendar', 'feed'] as const;

export const getFeed = (signal?: AbortSignal) => api.get<CalendarFeedStatus>('/api/calendar/feed', undefined, signal);

export const feedQueryOptions = () => queryOptions({ queryKey: feedQueryKey, queryFn: ({ signal }) => getFeed(signal) });

export const useFeed = () => useQuery(feedQueryOptions());
