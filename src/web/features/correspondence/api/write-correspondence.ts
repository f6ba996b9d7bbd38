// POST/PATCH /api/correspondence, /:id/status, /:id/dispatch, /:id/reply — registering, changing, moving, dispatching and answering an item.
import type { z } from 'zod';
import type { correspondenceInputSchema, correspondenceUpdateSchema, dispatchInputSchema, replyInputSchema, statusMoveSchema } from '../../../../shared/correspondence.ts';
import { api } from '../../../lib/api-client.ts';
import { useWrite } from '../../../lib/query.ts';
import { correspondencePath } from './keys.ts';
import type { Correspondence } from './types.ts';

export type CorrespondenceInput = z.input<typeof correspondenceInputSchema>;
export type CorrespondenceUpdate = z.input<typeof correspondenceUpdateSchema>;
export type StatusMove = z.input<typeof statusMoveSchema>;
export type DispatchInput = z.input<typeof dispatchInputSchema>;
export type ReplyInput = z.input<typeof replyInputSchema>;

export const useCreateCorrespondence = () => useWrite((input: CorrespondenceInput) => api.post<Correspondence>('/api/correspondence', input));
export const useUpdateCorrespondence = (id: string) => useWrite((input: CorrespondenceUpdate) => api.patch<Correspondence>(correspondencePath(id), input));
export const useMoveStatus = (id: string) => useWrite((move: StatusMove) => api.post<Correspondence>(correspondencePath(id, 'status'), move));
export const useDispatch = (id: string) => useWrite((input: DispatchInput) => api.post<Correspondence>(correspondencePath(id, 'dispatch'), input));
export const useReply = (id: string) => useWrite((input: ReplyInput) => api.post<Correspondence>(correspondencePath(id, 'reply'), input));
