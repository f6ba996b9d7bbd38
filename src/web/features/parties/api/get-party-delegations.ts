import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Delegation } from '../../../../shared/directory.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { PAGE_SIZE, pagedQueryOptions } from '../../../lib/query.ts';

/** The party's delegations (to meetings, bodies, the mission's counterparts). */
export const getPartyDelegations = (party: string, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<ListPage<Delegation>>('/api/delegations', { party, cursor, limit: PAGE_SIZE, sort: 'name' }, signal);

export const partyDelegationsQueryOptions = (party: string) =>
  pagedQueryOptions(['delegations', 'list', { party }], (cursor, signal) => getPartyDelegations(party, cursor, signal));

export const usePartyDelegations = (party: string) =>
  useInfiniteQuery({ ...partyDelegationsQueryOptions(party), placeholderData: keepPreviousData });
