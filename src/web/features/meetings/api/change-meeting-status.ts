// POST /api/meetings/:id/status — moves a meeting on (planned, convened, concluded, record approved) or cancels it.
import type { MEETING_STATUSES } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { meetingKeys, meetingPath } from './keys.ts';
import type { Meeting } from './types.ts';

export const useChangeStatus = (id: string) =>
  useWrite((status: (typeof MEETING_STATUSES)[number]) => api.post<Meeting>(meetingPath(id, 'status'), { status }), { detail: () => meetingKeys.detail(id) });
