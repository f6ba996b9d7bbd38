import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organization } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';

export const getOrganization = (id: string, signal?: AbortSignal) =>
  api.get<Organization>(`/api/organizations/${encodeURIComponent(id)}`, undefined, signal);

export const organizationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['organizations', 'detail', id], queryFn: ({ signal }) => getOrganization(id, signal) });

export const useOrganization = (id: string) => useQuery(organizationQueryOptions(id));
