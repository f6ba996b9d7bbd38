// GET /api/funds — the funds the reader may see, for the fund picker and filter.
import { useQuery } from '@tanstack/react-query';
import { api, type ListPage } from '../../../lib/api-client.ts';
import { fundKeys } from './keys.ts';
import type { Fund } from './types.ts';

export const useFunds = () => useQuery({ queryKey: fundKeys.list({}), queryFn: ({ signal }) => api.get<ListPage<Fund>>('/api/funds', { limit: 100 }, signal) });
