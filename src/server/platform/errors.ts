// AppError and the generic helpers (notFound, forbidden, unauthenticated, invalid, conflict) that errors files build on.
/**
 * Typed errors with stable codes. The HTTP status is fixed where an error is
 * defined; the error handler turns any AppError into RFC 9457 problem+json.
 */
export type FieldError = { field: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
    this.name = 'AppError';
  }
}

/** A record that does not exist, or that this user may not see: the two are indistinguishable. */
export const notFound = (recordType: string) =>
  new AppError(`${recordType}.not_found`, 404, 'Not found', `No ${recordType.replaceAll('_', ' ')} with this id.`);

export const forbidden = (code = 'access.forbidden', detail = 'You are not allowed to do this.') =>
  new AppError(code, 403, 'Forbidden', detail);

export const unauthenticated = () =>
  new AppError('auth.required', 401, 'Sign-in required', 'Sign in to continue.');

/** Input that parsed but breaks a rule; names the field. */
export const invalid = (code: string, field: string, message: string) =>
  new AppError(code, 400, 'Invalid request', message, [{ field, message }]);

export const conflict = (code: string, detail: string, field?: string) =>
  new AppError(code, 409, 'Conflict', detail, field ? [{ field, message: detail }] : undefined);
