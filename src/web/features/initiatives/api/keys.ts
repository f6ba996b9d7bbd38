// Query keys and API paths of initiatives and funds: every key starts with its collection, so one invalidation refreshes them all.
import { collectionKeys, recordPath } from '../../../lib/query.ts';

export const initiativeKeys = collectionKeys('initiatives');
export const fundKeys = collectionKeys('funds');

/** `/api/initiatives/<id>` and what is below it. */
export const initiativePath = (id: string, ...below: string[]) => recordPath('/api/initiatives', id, ...below);

/** What a change to an initiative refreshes: every initiative query and the funds (their totals). */
export const refreshInitiatives = { refresh: () => [initiativeKeys.all, fundKeys.all] };
export const planKeys = collectionKeys('plans');
