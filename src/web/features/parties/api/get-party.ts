// GET /api/parties/:id — one party, with what the user may do with it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Party } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath } from '../../../lib/query.ts';
import { partiesPath, partyKeys } from './keys.ts';

export const getParty = (id: string, signal?: AbortSignal) => api.get<Party>(recordPath(partiesPath, id), undefined, signal);

export const partyQueryOptions = (id: string) => queryOptions({ queryKey: partyKeys.detail(id), queryFn: ({ signal }) => getParty(id, signal) });

export const useParty = (id: string) => useQuery(partyQueryOptions(id));
