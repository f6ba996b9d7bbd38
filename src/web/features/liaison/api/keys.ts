// Query keys and API paths of the liaison feature: every key starts with its collection, so one invalidation refreshes them all.
import { collectionKeys, recordPath } from '../../../lib/query.ts';

export const requestKeys = collectionKeys('liaison-requests');
export const agreementKeys = collectionKeys('agreements');
export const focalPointKeys = collectionKeys('focal-points');

export const requestPath = (id: string, ...below: string[]) => recordPath('/api/liaison-requests', id, ...below);
export const agreementPath = (id: string) => recordPath('/api/agreements', id);
