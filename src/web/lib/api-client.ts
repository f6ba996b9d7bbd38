// The API client: JSON requests in the interface language, and a refusal as an ApiError carrying the RFC 9457 problem.
import type { Problem } from '../../shared/common.ts';

/** A failed API request, carrying the server's RFC 9457 problem. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): { field: string; message: string }[] {
    return this.problem.errors ?? [];
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type QueryParams = Record<string, QueryValue>;

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

let acceptLanguage = 'en';
/** Server messages (problem titles, field errors) follow the interface language. */
export function setApiLanguage(language: string): void {
  acceptLanguage = language;
}

function toProblem(body: unknown, response: Response): Problem {
  if (body && typeof body === 'object' && 'status' in body && 'title' in body) {
    const p = body as Partial<Problem>;
    return {
      type: p.type ?? 'about:blank',
      title: p.title ?? response.statusText,
      status: p.status ?? response.status,
      code: p.code ?? `http.${response.status}`,
      detail: p.detail,
      instance: p.instance,
      errors: p.errors,
    };
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status, code: `http.${response.status}` };
}

interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Accept-Language': acceptLanguage };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network.unreachable' });
  }
  if (response.status === 204) return undefined as T;
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const body: unknown = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(toProblem(body, response));
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** A list page as every collection endpoint returns it. */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  /** On the first page: the rows counted, up to 10,000 (then `totalCapped`: more than that). */
  total?: number;
  totalCapped?: boolean;
}
