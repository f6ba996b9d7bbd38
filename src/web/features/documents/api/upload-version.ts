// POST /api/documents/:id/versions (multipart) — a new version of a document, reporting upload progress.
import type { Document } from '../../../../shared/documents.ts';
import { recordPath, useWrite } from '../../../lib/query.ts';
import { documentKeys, documentWrite } from './keys.ts';
import { postForm, type UploadProgress } from './upload-xhr.ts';

/** A new version of the document; the earlier ones are kept. */
export function uploadVersion(id: string, file: File, onProgress: (p: UploadProgress) => void, signal?: AbortSignal) {
  const form = new FormData();
  form.append('file', file, file.name);
  return postForm<Document>(recordPath('/api/documents', id, 'versions'), form, onProgress, signal);
}

export const useUploadVersion = (id: string) =>
  useWrite(
    ({ file, onProgress, signal }: { file: File; onProgress: (p: UploadProgress) => void; signal?: AbortSignal }) => uploadVersion(id, file, onProgress, signal),
    { ...documentWrite, detail: () => documentKeys.detail(id) },
  );
