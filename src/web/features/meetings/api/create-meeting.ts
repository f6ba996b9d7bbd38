// POST /api/meetings — schedules a meeting of a body.
import type { z } from 'zod';
import type { meetingInputSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import type { Meeting } from './types.ts';

export type MeetingInput = z.input<typeof meetingInputSchema>;

export const useCreateMeeting = () => useWrite((input: MeetingInput) => api.post<Meeting>('/api/meetings', input));
