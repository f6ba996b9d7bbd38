// POST /api/documents (multipart) — a scanned note kept as a document of the item it answers, its text extracted for search.
import { ApiError } from '../../../lib/api-client.ts';

/** Uploads the scan (attached to the item it answers, if any) and returns its document id; the fields go first, the file last. */
export async function uploadScan(recordId: string | null, title: string, file: File): Promise<string> {
  const form = new FormData();
  form.append('title', title);
  if (recordId) {
    form.append('recordType', 'correspondence');
    form.append('recordId', recordId);
  }
  form.append('classification', 'mission');
  form.append('file', file, file.name);
  const response = await fetch('/api/documents', { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json, application/problem+json' } });
  const body = (await response.json().catch(() => null)) as { id?: string; title?: string; status?: number; code?: string; errors?: { field: string; message: string }[] } | null;
  if (!response.ok || !body?.id) {
    throw new ApiError({ type: 'about:blank', title: body?.title ?? response.statusText, status: response.status, code: body?.code ?? `http.${response.status}`, errors: body?.errors });
  }
  return body.id;
}
