import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Document } from '../../../../shared/documents.ts';
import { postForm, type UploadProgress } from './upload-xhr.ts';

/** A new version of the document; the earlier ones are kept. */
export function uploadVersion(id: string, file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal) {
  const form = new FormData();
  form.append('file', file, file.name);
  return postForm<Document>(`/api/documents/${encodeURIComponent(id)}/versions`, form, onProgress, signal);
}

export function useUploadVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress, signal }: { file: File; onProgress: (p: UploadProgress) => void; signal?: AbortSignal }) => uploadVersion(id, file, onProgress, signal),
    onSuccess: (doc) => {
      queryClient.setQueryData(['documents', 'detail', id], doc);
      return queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
    },
  });
}
