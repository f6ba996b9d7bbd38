// GET /api/templates — the current version of each template of notes verbales and letters.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Template } from './types.ts';

export const useTemplates = (enabled = true) =>
  useQuery({ queryKey: ['templates'], enabled, queryFn: ({ signal }) => api.get<{ items: Template[] }>('/api/templates', undefined, signal) });
