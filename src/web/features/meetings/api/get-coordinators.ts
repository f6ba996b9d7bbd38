// GET /api/bodies/:id/coordinators — a body's coordinators and chairs over time (the rotation).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { bodyKeys, bodyPath } from './keys.ts';
import type { CoordinatorList } from './types.ts';

export const useCoordinators = (id: string) =>
  useQuery({ queryKey: bodyKeys.part('coordinators', id), queryFn: ({ signal }) => api.get<CoordinatorList>(bodyPath(id, 'coordinators'), undefined, signal) });
