import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Classification } from '../../../../shared/common.ts';
import type { Document } from '../../../../shared/documents.ts';
import { postForm, type UploadProgress } from './upload-xhr.ts';

export interface DocumentUpload {
  recordType: string;
  recordId: string;
  title: string;
  classification: Classification;
  sharedParties: string[];
  sharedOrganizations: string[];
  restrictedTo: string[];
  file: File;
}

/** The fields first, the file last: the server decides before it stores a byte. */
export function uploadDocument(input: DocumentUpload, onProgress: (p: UploadProgress) => void, signal?: AbortSignal) {
  const form = new FormData();
  form.append('title', input.title);
  form.append('recordType', input.recordType);
  form.append('recordId', input.recordId);
  form.append('classification', input.classification);
  if (input.sharedParties.length) form.append('sharedParties', input.sharedParties.join(','));
  if (input.sharedOrganizations.length) form.append('sharedOrganizations', input.sharedOrganizations.join(','));
  if (input.restrictedTo.length) form.append('restrictedTo', input.restrictedTo.join(','));
  form.append('file', input.file, input.file.name);
  return postForm<Document>('/api/documents', form, onProgress, signal);
}

export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, onProgress, signal }: { input: DocumentUpload; onProgress: (p: UploadProgress) => void; signal?: AbortSignal }) =>
      uploadDocument(input, onProgress, signal),
    onSuccess: (doc) => {
      queryClient.setQueryData(['documents', 'detail', doc.id], doc);
      return queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
    },
  });
}
