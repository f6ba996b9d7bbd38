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
