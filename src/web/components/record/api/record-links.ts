// Requests of the "Linked records" panel: a record's links, adding and removing one.
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LinkList, RecordLinkView } from '../../../../shared/links.ts';
import { api } from '../../../lib/api-client.ts';
import { PAGE_SIZE } from '../../../lib/query.ts';

export type { RecordLinkView };
export type RecordRef = { recordType: string; recordId: string };

export const getRecordLinks = (ref: RecordRef, cursor: string | undefined, signal?: AbortSignal) =>
  api.get<LinkList>('/api/links', { recordType: ref.recordType, recordId: ref.recordId, cursor, limit: PAGE_SIZE }, signal);

export const recordLinksQueryOptions = (ref: RecordRef) =>
  infiniteQueryOptions({
    queryKey: ['links', ref.recordType, ref.recordId],
    queryFn: ({ pageParam, signal }) => getRecordLinks(ref, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: LinkList) => last.nextCursor ?? undefined,
  });

export const useRecordLinks = (ref: RecordRef) => useInfiniteQuery({ ...recordLinksQueryOptions(ref), placeholderData: keepPreviousData });

/** A link shows on both of its records: refresh every record's links. */
function useRefreshLinks() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['links'] });
}

export function useAddLink() {
  const refresh = useRefreshLinks();
  return useMutation({ mutationFn: (input: { from: RecordRef; to: RecordRef }) => api.post<RecordLinkView>('/api/links', input), onSuccess: refresh });
}

export function useRemoveLink() {
  const refresh = useRefreshLinks();
  return useMutation({ mutationFn: (id: string) => api.delete<void>(`/api/links/${encodeURIComponent(id)}`), onSuccess: refresh });
}
