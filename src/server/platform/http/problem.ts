import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../../shared/common.ts';
import { AppError, type FieldError } from '../errors.ts';

export function sendProblem(reply: FastifyReply, request: FastifyRequest, p: Omit<Problem, 'type' | 'instance'>) {
  return reply
    .code(p.status)
    .type('application/problem+json')
    .send({ type: `about:blank`, instance: request.url.split('?')[0], ...p });
}

/**
 * One error handler for the whole API: typed errors keep their status and
 * code, validation errors name their fields, and anything unexpected becomes a
 * 500 that reveals nothing.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return sendProblem(reply, request, {
        status: err.status,
        title: err.title,
        code: err.code,
        detail: err.detail,
        ...(err.errors ? { errors: err.errors } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const errors: FieldError[] = err.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || where,
        message: v.message ?? 'Invalid value',
      }));
      return sendProblem(reply, request, {
        status: 400,
        title: 'Invalid request',
        code: 'request.invalid',
        detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
        errors,
      });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Framework-level client errors: malformed JSON, body too large, wrong content type.
      return sendProblem(reply, request, {
        status,
        title: status === 413 ? 'Payload too large' : 'Bad request',
        code: err.code ? `request.${err.code.toLowerCase().replace(/^fst_err_/, '')}` : 'request.bad',
        detail: status === 429 ? 'Too many requests. Wait a little and try again.' : err.message,
      });
    }
    const duplicate = uniqueViolation(err);
    if (duplicate) {
      // Two requests raced past the existence check; the unique index kept the data right.
      return sendProblem(reply, request, {
        status: 409,
        title: 'Conflict',
        code: 'request.duplicate',
        detail: 'A record with this value already exists.',
        errors: [{ field: duplicate, message: 'A record with this value already exists.' }],
      });
    }
    request.log.error({ err: loggable(err) }, 'unhandled error');
    return sendProblem(reply, request, {
      status: 500,
      title: 'Internal error',
      code: 'internal',
      detail: `Something went wrong on our side. Quote request ${request.id} when reporting it.`,
    });
  });
}

/** Unique indexes whose violation is a user's duplicate, and the field it concerns. */
const UNIQUE_FIELDS: Record<string, string> = {
  users_email_lower_uq: 'email',
  parties_code_uq: 'code',
  work_plan_lines_body_code_uq: 'code',
};

function uniqueViolation(err: Error): string | null {
  const cause = (err instanceof DrizzleQueryError ? err.cause : err) as { code?: string; constraint?: string; message?: string } | undefined;
  if (cause?.code !== '23505') return null;
  const name = cause.constraint ?? Object.keys(UNIQUE_FIELDS).find((k) => cause.message?.includes(k));
  return name && UNIQUE_FIELDS[name] ? UNIQUE_FIELDS[name] : 'body';
}

/**
 * What to log about an unexpected error. A failed query's message and stack
 * list its parameter values (password hashes, personal data): log the SQL and
 * the database's reason instead.
 */
function loggable(err: Error) {
  if (!(err instanceof DrizzleQueryError)) return err;
  const cause = err.cause as { message?: string; code?: string } | undefined;
  return {
    type: 'DrizzleQueryError',
    message: `Failed query: ${err.query}`,
    code: cause?.code,
    reason: cause?.message,
    stack: err.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n'),
  };
}
