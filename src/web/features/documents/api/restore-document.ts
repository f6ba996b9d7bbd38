import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Document } from '../../../../shared/documents.ts';
import { api } from '../../../lib/api-client.ts';

export const restoreDocument = (id: string) => api.post<Document>(`/api/documents/${encodeURIComponent(id)}/restore`);

export function useRestoreDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreDocument,
    onSuccess: (doc) => {
      queryClient.setQueryData(['documents', 'detail', doc.id], doc);
      return queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
    },
  });
}
