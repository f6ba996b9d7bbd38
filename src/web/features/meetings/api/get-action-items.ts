// GET /api/action-items — action items across meetings (the user's own, or all), by due date.
import type { ACTION_ITEM_STATUSES } from '../../../../shared/meetings.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { actionItemKeys } from './keys.ts';
import type { ActionItem } from './types.ts';

export interface ActionItemsParams {
  mine?: boolean;
  status?: (typeof ACTION_ITEM_STATUSES)[number];
}

export const useActionItemsList = (params: ActionItemsParams) =>
  useListQuery(listQueryOptions<ActionItem>(actionItemKeys.list(params), '/api/action-items', { ...params, sort: 'dueDate' }, 100));
