// Typed errors of any request (cursors, text), answered before a module sees it, with stable codes; the status is set here.
import { AppError, invalid } from '../errors.ts';

/** No route at this address (the API's answer to an unknown path). */
export const routeNotFound = () => new AppError('route.not_found', 404, 'Not found', 'There is nothing at this address.');

/** `GET /metrics` without the bearer token of METRICS_TOKEN. */
export const metricsTokenRequired = () => new AppError('metrics.unauthorized', 401, 'Token required', 'Send the metrics token as `Authorization: Bearer <METRICS_TOKEN>`.');

export const invalidCursor = () =>
  new AppError('request.invalid_cursor', 400, 'Invalid request', 'The cursor is not valid; start again from the first page.', [
    { field: 'cursor', message: 'Not a cursor returned by this list' },
  ]);

/** A NUL character in the body, query or path, which PostgreSQL cannot store. */
export const invisibleNul = (field: string) => invalid('request.invalid_text', field, 'Remove the invisible NUL character (U+0000) from this text.');

/** Arrays or objects nested deeper than any request of the API needs. */
export const nestedTooDeep = (field: string, limit: number) =>
  invalid('request.too_deep', field, `Values may be nested at most ${limit} levels deep.`);

/** A path that exists, asked with a method it does not answer. */
export const methodNotAllowed = (allowed: string[]) =>
  new AppError('route.method_not_allowed', 405, 'Method not allowed', `This address answers ${allowed.join(', ')} only.`);

/**
 * The framework's own refusals (Fastify, multipart, the HTTP parser), each
 * with a stable code of ours, so every answer of the API is a problem with a
 * code a client can rely on, whatever refused the request.
 */
const FRAMEWORK: Record<string, { code: string; status: number; title: string; detail: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'request.too_large', status: 413, title: 'Payload too large', detail: 'The request body is larger than this address accepts.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'request.unsupported_media_type', status: 415, title: 'Unsupported media type', detail: 'Send the body as application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'request.bad_length', status: 400, title: 'Bad request', detail: 'The Content-Length does not match the body.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'request.empty_body', status: 400, title: 'Bad request', detail: 'The body is empty; send a JSON value or no Content-Type.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'request.malformed_json', status: 400, title: 'Bad request', detail: 'The body is not valid JSON.' },
  FST_ERR_BAD_URL: { code: 'request.bad_url', status: 400, title: 'Bad request', detail: 'The address is not valid.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'request.path_too_long', status: 414, title: 'URI too long', detail: 'A part of the address is longer than any identifier.' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'request.bad', status: 400, title: 'Bad request', detail: 'The request cannot be routed.' },
  FST_PROTO_VIOLATION: { code: 'request.malformed_json', status: 400, title: 'Bad request', detail: 'The body names a property that is not allowed.' },
  FST_MP_PREMATURE_CLOSE: { code: 'request.incomplete', status: 400, title: 'Bad request', detail: 'The request ended before its body was complete.' },
  HPE_HEADER_OVERFLOW: { code: 'request.headers_too_large', status: 431, title: 'Request header fields too large', detail: 'The request headers are too large.' },
};

/** The problem for a refusal by the framework with this error code and status (anything else 4xx: `request.bad`). */
export function frameworkError(code: string | undefined, status: number, message?: string): AppError {
  const known = code ? FRAMEWORK[code] : undefined;
  if (known) return new AppError(known.code, known.status, known.title, known.detail);
  // Prototype pollution attempts and bodies that are not JSON come as SyntaxError without a code.
  if (status === 400 && message && /JSON|Unexpected token|prototype/i.test(message)) return frameworkError('FST_ERR_CTP_INVALID_JSON_BODY', 400);
  if (status === 413) return frameworkError('FST_ERR_CTP_BODY_TOO_LARGE', 413);
  if (status === 415) return frameworkError('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415);
  if (status === 429) return new AppError('request.too_many', 429, 'Too many requests', 'Too many requests. Wait a little and try again.');
  return new AppError('request.bad', status, 'Bad request', 'The request cannot be understood.');
}
