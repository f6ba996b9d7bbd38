// GET /api/organizations/:id — one organisation, with what the user may do with it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organization } from '../../../../shared/directory.ts';
import { api } from '../../../lib/api-client.ts';
import { recordPath } from '../../../lib/query.ts';
import { organizationsPath, organizationKeys } from './keys.ts';

export const getOrganization = (id: string, signal?: AbortSignal) => api.get<Organization>(recordPath(organizationsPath, id), undefined, signal);

export const organizationQueryOptions = (id: string) => queryOptions({ queryKey: organizationKeys.detail(id), queryFn: ({ signal }) => getOrganization(id, signal) });

export const useOrganization = (id: string) => useQuery(organizationQueryOptions(id));
