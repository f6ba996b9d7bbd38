// GET /api/meetings?bodyId= — a body's meetings, newest first.
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { meetingKeys } from './keys.ts';
import type { Meeting } from './types.ts';

export const useBodyMeetings = (bodyId: string) => useListQuery(listQueryOptions<Meeting>(meetingKeys.list({ bodyId }), '/api/meetings', { bodyId, sort: '-startsAt' }));
