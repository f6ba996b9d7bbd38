// GET /api/relationship-graph — organisations and the agreements and liaison requests between them that the reader may see, filtered.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { requestKeys } from './keys.ts';
import type { RelationshipGraph } from './types.ts';

export interface GraphFilters {
  area?: string;
  status?: string;
  year?: number;
}

export const useRelationshipGraph = (filters: GraphFilters) =>
  useQuery({
    queryKey: requestKeys.part('graph', filters),
    queryFn: ({ signal }) => api.get<RelationshipGraph>('/api/relationship-graph', { ...filters }, signal),
    placeholderData: (previous) => previous,
  });
