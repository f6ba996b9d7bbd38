// POST /api/documents (multipart) — attaches a new document to a record, reporting upload progress.
import type { Classification } from '../../../../shared/common.ts';
import type { Document } from '../../../../shared/documents.ts';
import { useWrite } from '../../../lib/query.ts';
import { documentWrite } from './keys.ts';
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

export const useUploadDocument = () =>
  useWrite(
    ({ input, onProgress, signal }: { input: DocumentUpload; onProgress: (p: UploadProgress) => void; signal?: AbortSignal }) => uploadDocument(input, onProgress, signal),
    documentWrite,
  );
