// PATCH /api/action-items/:id — an action item's new status (open, done, dropped).
import type { ACTION_ITEM_STATUSES } from '../../../../shared/meetings.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import type { ActionItem } from './types.ts';

export const useSetActionItemStatus = () =>
  useWrite(({ itemId, status }: { itemId: string; status: (typeof ACTION_ITEM_STATUSES)[number] }) => api.patch<ActionItem>(recordPath('/api/action-items', itemId), { status }));
