// GET /api/bodies — the bodies the reader may see, for the sponsoring-body picker.
import { useQuery } from '@tanstack/react-query';
import type { Names } from '../../../../shared/names.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';

export interface BodyOption {
  id: string;
  names: Names;
  acronym: string | null;
}

export const useBodyOptions = () =>
  useQuery({ queryKey: ['bodies', 'list', { picker: true }], queryFn: ({ signal }) => api.get<ListPage<BodyOption>>('/api/bodies', { limit: 100 }, signal) });
