import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Document } from '../../../../shared/documents.ts';
import { api } from '../../../lib/api-client.ts';

export const archiveDocument = (id: string) => api.post<Document>(`/api/documents/${encodeURIComponent(id)}/archive`);

export function useArchiveDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveDocument,
    onSuccess: (doc) => {
      queryClient.setQueryData(['documents', 'detail', doc.id], doc);
      return queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
    },
  });
}
