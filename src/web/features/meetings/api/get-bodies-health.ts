// GET /api/bodies/health — every active body with its health (due soon, overdue), most pressing first.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { bodyKeys } from './keys.ts';
import type { Body } from './types.ts';

export const bodiesHealthQueryOptions = () =>
  queryOptions({ queryKey: bodyKeys.part('health'), queryFn: ({ signal }) => api.get<ListPage<Body>>('/api/bodies/health', undefined, signal) });

export const useBodiesHealth = () => useQuery({ ...bodiesHealthQueryOptions(), placeholderData: keepPreviousData });
