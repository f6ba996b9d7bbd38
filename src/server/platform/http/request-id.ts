// The id of a request: the one a trusted reverse proxy passed in X-Request-Id, or a new UUID.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Behind a trusted proxy (TRUST_PROXY) that sends `X-Request-Id` (nginx's
 * `$request_id`), the proxy's id is kept, so one id follows a request from the
 * proxy's log to Chancery's log, problem body and audit entry; otherwise, or
 * when the header is not a plain token, a new UUID.
 */
export function requestIdOf(req: IncomingMessage, trustProxy: boolean): string {
  const given = req.headers['x-request-id'];
  return trustProxy && typeof given === 'string' && SAFE.test(given) ? given : randomUUID();
}
