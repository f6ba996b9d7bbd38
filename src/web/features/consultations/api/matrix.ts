import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Matrix } from './types.ts';

export type MatrixView = 'open' | 'closing_soon' | 'decided' | 'all';

export const useMatrix = (view: MatrixView) =>
  useQuery({
    queryKey: ['consultations', 'matrix', view],
    queryFn: ({ signal }) => api.get<Matrix>('/api/consultations/matrix', { view, limit: 100 }, signal),
    placeholderData: keepPreviousData,
  });
