// POST /api/meetings/:id/action-items — an action item agreed at the meeting.
import type { z } from 'zod';
import type { actionItemInputSchema } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { meetingPath } from './keys.ts';
import type { ActionItem } from './types.ts';

export type ActionItemInput = z.input<typeof actionItemInputSchema>;

export const useAddActionItem = (id: string) => useWrite((input: ActionItemInput) => api.post<ActionItem>(meetingPath(id, 'action-items'), input));
