// GET /api/bodies/:id — one body (committee, working group) with its members and health.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { bodyKeys, bodyPath } from './keys.ts';
import type { Body } from './types.ts';

export const bodyQueryOptions = (id: string) => queryOptions({ queryKey: bodyKeys.detail(id), queryFn: ({ signal }) => api.get<Body>(bodyPath(id), undefined, signal) });

export const useBody = (id: string) => useQuery(bodyQueryOptions(id));
