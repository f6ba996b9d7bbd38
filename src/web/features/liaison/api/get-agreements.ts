// GET /api/agreements and /api/agreements/:id — agreements between organisations the reader may see.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { listQueryOptions, useListQuery } from '../../../lib/query.ts';
import { agreementKeys, agreementPath } from './keys.ts';
import type { Agreement } from './types.ts';

export interface AgreementsParams {
  q?: string;
  status?: string;
  sort: '-signedOn' | 'signedOn' | 'name';
}

export const useAgreements = (params: AgreementsParams) => useListQuery(listQueryOptions<Agreement>(agreementKeys.list(params), '/api/agreements', { ...params }));

export const useAgreement = (id: string) =>
  useQuery(queryOptions({ queryKey: agreementKeys.detail(id), queryFn: ({ signal }) => api.get<Agreement>(agreementPath(id), undefined, signal) }));
