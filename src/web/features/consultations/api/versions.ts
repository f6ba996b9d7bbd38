import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { base, type ConsultationVersion, enc, keys, type Redline, type VersionSummary } from './types.ts';

export const useVersions = (id: string) =>
  useQuery({ queryKey: keys.versions(id), queryFn: ({ signal }) => api.get<{ items: VersionSummary[] }>(`${base(id)}/versions`, undefined, signal) });

export const useVersion = (id: string, versionId: string | null) =>
  useQuery({
    queryKey: keys.version(id, versionId ?? ''),
    queryFn: ({ signal }) => api.get<ConsultationVersion>(`${base(id)}/versions/${enc(versionId ?? '')}`, undefined, signal),
    enabled: Boolean(versionId),
  });

/** A new draft version; without content the server copies the latest one. */
export function useCreateVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { content?: string; note?: string | null }) => api.post<ConsultationVersion>(`${base(id)}/versions`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, content, note }: { versionId: string; content?: string; note?: string | null }) =>
      api.patch<ConsultationVersion>(`${base(id)}/versions/${enc(versionId)}`, { content, note }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.version(id, saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: keys.versions(id) });
    },
  });
}

/** Circulates a draft version to the distribution list; it never changes again. */
export function useCirculateVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => api.post<unknown>(`${base(id)}/versions/${enc(versionId)}/circulate`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Records that the viewer's delegation has opened a circulated version (the server keeps the first time only). */
export function useAcknowledgeVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => api.post<unknown>(`${base(id)}/versions/${enc(versionId)}/acknowledge`, {}),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: keys.positions(id) }), queryClient.invalidateQueries({ queryKey: keys.timeline(id) })]),
  });
}

export const useRedline = (id: string, from: string | null, to: string | null) =>
  useQuery({
    queryKey: ['consultations', 'redline', id, from, to],
    queryFn: ({ signal }) => api.get<Redline>(`${base(id)}/redline`, { from, to }, signal),
    enabled: Boolean(from && to && from !== to),
    staleTime: Number.POSITIVE_INFINITY,
  });
