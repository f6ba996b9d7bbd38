// GET /api/consultations/matrix — every delegation's position on each consultation of a view.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { keys } from './keys.ts';
import type { Matrix } from './types.ts';

export type MatrixView = 'open' | 'closing_soon' | 'decided' | 'all';

export const useMatrix = (view: MatrixView) =>
  useQuery({
    queryKey: keys.part('matrix', view),
    queryFn: ({ signal }) => api.get<Matrix>('/api/consultations/matrix', { view, limit: 100 }, signal),
    placeholderData: keepPreviousData,
  });
