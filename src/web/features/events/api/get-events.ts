// GET /api/events — the mission's events the reader may see, soonest last, paged on the server.
import type { MissionEvent } from '../../../../shared/events.ts';
import { collectionKeys, listQueryOptions, useListQuery } from '../../../lib/query.ts';

export const eventKeys = collectionKeys('events');

export const useEvents = (params: { q?: string; sort: 'starts' | '-starts' }) => useListQuery(listQueryOptions<MissionEvent>(eventKeys.list(params), '/api/events', { ...params }));
