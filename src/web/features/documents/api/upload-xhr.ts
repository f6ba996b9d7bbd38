// Multipart uploads with XMLHttpRequest (for progress), turning a refusal into the same ApiError as every other request.
import type { Problem } from '../../../../shared/common.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export interface UploadProgress {
  loaded: number;
  total: number;
}

function problemOf(xhr: XMLHttpRequest): Problem {
  try {
    const body = JSON.parse(xhr.responseText) as Partial<Problem>;
    if (body && typeof body === 'object' && typeof body.status === 'number' && typeof body.title === 'string')
      return { type: body.type ?? 'about:blank', title: body.title, status: body.status, code: body.code ?? `http.${xhr.status}`, detail: body.detail, errors: body.errors };
  } catch {
    // not JSON: described by the status alone
  }
  return { type: 'about:blank', title: xhr.statusText || 'Error', status: xhr.status, code: `http.${xhr.status}` };
}

/**
 * Sends a multipart form with XMLHttpRequest, which (unlike fetch) reports upload
 * progress. Same-origin, so the session cookie and the Origin header go with it.
 */
export function postForm<T>(url: string, form: FormData, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError({ type: 'about:blank', title: 'Unreadable answer', status: xhr.status, code: 'network.unreadable' }));
        }
      } else reject(new ApiError(problemOf(xhr)));
    };
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network.unreachable' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
