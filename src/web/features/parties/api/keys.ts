// Query keys and API path of parties: every key starts with `parties`.
import { collectionKeys } from '../../../lib/query.ts';

export const partyKeys = collectionKeys('parties');
export const partiesPath = '/api/parties';
