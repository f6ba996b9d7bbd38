// GET /api/consultations/:id/positions — each delegation's position, with its history and acknowledgements.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { consultationPath, keys } from './keys.ts';
import type { Positions } from './types.ts';

export const usePositions = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.positions(id), queryFn: ({ signal }) => api.get<Positions>(consultationPath(id, 'positions'), undefined, signal), enabled });
