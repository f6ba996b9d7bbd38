// The one error handler: typed errors, validation errors and refused writes as RFC 9457 problems; a 500 reveals nothing.
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../../shared/common.ts';
import { databaseViolation } from '../../db/constraints.ts';
import { AppError, type FieldError } from '../errors.ts';
import { constraintProblem } from './constraint-errors.ts';
import { frameworkError } from './http.errors.ts';

export function sendProblem(reply: FastifyReply, request: FastifyRequest, p: Omit<Problem, 'type' | 'instance'>) {
  return reply
    .code(p.status)
    .type('application/problem+json')
    .send({ type: `about:blank`, instance: request.url.split('?')[0], ...p, ...(p.status >= 500 ? { requestId: String(request.id) } : {}) });
}

const problemOf = (err: AppError) => ({
  status: err.status,
  title: err.title,
  code: err.code,
  detail: err.detail,
  ...(err.errors ? { errors: err.errors } : {}),
});

/** Answers with a typed error as problem+json, where there is no error to throw (a not-found handler). */
export const sendError = (reply: FastifyReply, request: FastifyRequest, err: AppError) => sendProblem(reply, request, problemOf(err));

/**
 * One error handler for the whole API: typed errors keep their status and
 * code, validation errors name their fields, a write the database refused
 * (constraint violation, malformed value) becomes a 4xx naming the field, and
 * anything unexpected becomes a 500 that reveals nothing.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return sendProblem(reply, request, problemOf(err));
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
      return sendProblem(reply, request, problemOf(frameworkError(err.code, status, err.message)));
    }
    const refused = constraintProblem(err);
    if (refused) {
      // A race past a use case's check, or a check the use case lacks: the database kept the data right.
      const v = databaseViolation(err);
      request.log.warn({ sqlState: v?.code, constraint: v?.constraint, table: v?.table, problem: refused.code }, 'database refused a write');
      return sendProblem(reply, request, problemOf(refused));
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

/**
 * Fastify's `frameworkErrors`: refusals made before routing (a path parameter
 * longer than `maxParamLength`, a malformed address), which would otherwise
 * answer Fastify's own JSON.
 */
export function sendFrameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, problemOf(frameworkError(err.code, err.statusCode ?? 400, err.message)));
}

/**
 * Fastify's `clientErrorHandler`: requests the HTTP parser refuses (headers too
 * large, a malformed request line) never reach a route; answer them as a
 * problem too, written directly to the socket.
 */
export function writeClientError(err: Error & { code?: string }, socket: import('node:net').Socket) {
  if (!socket.writable) return socket.destroy(err);
  const e = frameworkError(err.code, err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400, err.message);
  const body = JSON.stringify({ type: 'about:blank', ...problemOf(e) });
  socket.end(
    `HTTP/1.1 ${e.status} ${e.title}\r\nConnection: close\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
