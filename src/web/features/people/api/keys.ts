// Query keys and API path of people: every key starts with `people`.
import { collectionKeys } from '../../../lib/query.ts';

export const personKeys = collectionKeys('people');
export const peoplePath = '/api/people';
