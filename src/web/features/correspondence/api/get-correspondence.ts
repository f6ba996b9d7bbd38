// GET /api/correspondence/:id and what is below it — one item, its thread, its dispatches and its template's formulas as filled.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { correspondenceKeys, correspondencePath } from './keys.ts';
import type { Correspondence, Dispatch, ThreadItem } from './types.ts';

export const useCorrespondence = (id: string) =>
  useQuery({ queryKey: correspondenceKeys.detail(id), queryFn: ({ signal }) => api.get<Correspondence>(correspondencePath(id), undefined, signal) });

export const useThread = (id: string) =>
  useQuery({ queryKey: correspondenceKeys.part('thread', id), queryFn: ({ signal }) => api.get<{ items: ThreadItem[] }>(correspondencePath(id, 'thread'), undefined, signal) });

export const useDispatches = (id: string) =>
  useQuery({ queryKey: correspondenceKeys.part('dispatches', id), queryFn: ({ signal }) => api.get<{ items: Dispatch[] }>(correspondencePath(id, 'dispatches'), undefined, signal) });
