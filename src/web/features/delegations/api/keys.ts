// Query keys and API path of delegations: every key starts with `delegations`.
import { collectionKeys } from '../../../lib/query.ts';

export const delegationKeys = collectionKeys('delegations');
export const delegationsPath = '/api/delegations';
