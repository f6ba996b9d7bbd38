import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Party } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';

export const getParty = (id: string, signal?: AbortSignal) =>
  api.get<Party>(`/api/parties/${encodeURIComponent(id)}`, undefined, signal);

export const partyQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['parties', 'detail', id], queryFn: ({ signal }) => getParty(id, signal) });

export const useParty = (id: string) => useQuery(partyQueryOptions(id));
