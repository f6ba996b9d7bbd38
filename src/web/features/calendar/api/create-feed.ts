// POST /api/calendar/feed — a new secret iCalendar subscription address.
import type { z } from 'zod';
import type { calendarFeedCreatedSchema } from '../../../../shared/calendar.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { feedQueryKey } from './get-feed.ts';

export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedSchema>;

/** Makes a new secret address, replacing any earlier one; the answer is the only time it is shown. */
export const createFeed = () => api.post<CalendarFeedCreated>('/api/calendar/feed');

export const useCreateFeed = () => useWrite(createFeed, { refresh: () => [feedQueryKey] });
