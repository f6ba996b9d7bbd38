// Query keys and API paths of the meetings module: bodies, meetings, decisions and action items.
import { collectionKeys, recordPath } from '../../../lib/query.ts';

export const bodyKeys = collectionKeys('bodies');
export const meetingKeys = collectionKeys('meetings');
export const decisionKeys = collectionKeys('decisions');
export const actionItemKeys = collectionKeys('action-items');

export const bodyPath = (id: string, ...below: string[]) => recordPath('/api/bodies', id, ...below);
export const meetingPath = (id: string, ...below: string[]) => recordPath('/api/meetings', id, ...below);
