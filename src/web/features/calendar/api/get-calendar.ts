// GET /api/calendar — the dated items of every module between two instants.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { calendarListSchema } from '../../../../shared/calendar.ts';
import { api } from '../../../lib/api-client.ts';

export type CalendarList = z.infer<typeof calendarListSchema>;

export interface CalendarParams {
  /** Instants (ISO 8601): start inclusive, end exclusive. */
  from: string;
  to: string;
  modules?: readonly string[];
  /** Kinds of item (meetings, deadlines …); all when empty. */
  kinds?: readonly string[];
  /** The language of the titles. */
  language: string;
}

export const getCalendar = (params: CalendarParams, signal?: AbortSignal) =>
  api.get<CalendarList>('/api/calendar', { from: params.from, to: params.to, modules: params.modules, kinds: params.kinds, language: params.language }, signal);

export const calendarQueryOptions = (params: CalendarParams) =>
  queryOptions({ queryKey: ['calendar', 'items', params], queryFn: ({ signal }) => getCalendar(params, signal) });

export const useCalendar = (params: CalendarParams) => useQuery({ ...calendarQueryOptions(params), placeholderData: keepPreviousData });
