// Query keys and API paths of correspondence: every key starts with its collection, so one invalidation refreshes them all.
import { collectionKeys, recordPath } from '../../../lib/query.ts';

export const correspondenceKeys = collectionKeys('correspondence');

/** `/api/correspondence/<id>` and what is below it. */
export const correspondencePath = (id: string, ...below: string[]) => recordPath('/api/correspondence', id, ...below);
