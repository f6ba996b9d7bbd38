// DELETE /api/calendar/feed — revokes the calendar subscription address.
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { feedQueryKey } from './get-feed.ts';

export const revokeFeed = () => api.delete<void>('/api/calendar/feed');

export const useRevokeFeed = () => useWrite(revokeFeed, { refresh: () => [feedQueryKey] });
