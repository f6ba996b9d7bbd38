// Query keys and API path of organisations: every key starts with `organizations`.
import { collectionKeys } from '../../../lib/query.ts';

export const organizationKeys = collectionKeys('organizations');
export const organizationsPath = '/api/organizations';
