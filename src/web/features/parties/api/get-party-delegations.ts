// GET /api/delegations?party= — the party's delegations (to meetings, bodies, the mission's counterparts).
import type { Delegation } from '../../../../shared/directory.ts';
import { collectionKeys, listQueryOptions, useListQuery } from '../../../lib/query.ts';

export const partyDelegationsQueryOptions = (party: string) =>
  listQueryOptions<Delegation>(collectionKeys('delegations').list({ party }), '/api/delegations', { party, sort: 'name' });

export const usePartyDelegations = (party: string) => useListQuery(partyDelegationsQueryOptions(party));
