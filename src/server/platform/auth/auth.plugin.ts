// Resolves the session cookie into request.ctx on every request (through the session cache) and refuses cross-site state-changing requests.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveApiToken } from './api-tokens.usecases.ts';
import { crossSite, invalidApiToken, readOnlyApiToken } from './auth.errors.ts';
import { SessionCache } from './session-cache.ts';
import { SESSION_COOKIE } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Where accounts and sessions are changed: users (administration), the own account, signing in and out. */
const ACCOUNT_PATHS = /^\/api\/(users|account|auth)(\/|\?|$)/;

/**
 * Resolves the session cookie into `request.ctx` for every request, and
 * refuses cross-site state-changing requests (CSRF): a browser always sends
 * `Origin` on such requests, and it must be this site. A request with an
 * API token (`Authorization: Bearer chy_…`) is authenticated by the token
 * alone: no cookie is read and no cross-site check applies, since a browser
 * never adds that header on its own.
 */
export function installAuth(app: FastifyInstance) {
  const { config } = app.deps;
  const sessions = new SessionCache(app.deps.db, { idleMs: config.sessionIdleMs, maxMs: config.sessionMaxMs }, config.sessionCacheMs, app.events);
  app.decorate('sessions', sessions);
  app.addHook('onClose', async () => sessions.close());
  // A change to accounts or sessions made here (committed before the answer is sent) drops this process's cache at once;
  // other processes drop theirs when the database's event arrives.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!SAFE_METHODS.has(request.method) && ACCOUNT_PATHS.test(request.url)) sessions.clear();
    return payload;
  });
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request) => {
    request.ctx = { viewer: null, requestId: String(request.id), ip: request.ip ?? null };
    const bearer = bearerOf(request);
    if (bearer !== null) {
      const viewer = await resolveApiToken(app.deps.db, bearer);
      if (!viewer) throw invalidApiToken();
      if (viewer.token?.readOnly && !SAFE_METHODS.has(request.method)) throw readOnlyApiToken();
      request.ctx.viewer = viewer;
      return;
    }
    if (!SAFE_METHODS.has(request.method)) checkOrigin(app, request);
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const viewer = await sessions.resolve(token);
    if (viewer) request.ctx.viewer = viewer;
  });
}

/** The secret of an `Authorization: Bearer` header, or null when there is none (other schemes are left to their routes, e.g. metrics). */
function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header || !request.url.startsWith('/api/')) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m ? m[1] : null;
}

function checkOrigin(app: FastifyInstance, request: FastifyRequest) {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin === undefined) {
    // Not a browser (CLI, server-to-server) unless the browser says it is cross-site.
    if (site === 'cross-site' || site === 'same-site') throw crossSite();
    return;
  }
  const allowed = new Set<string>();
  const host = request.headers.host;
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  if (app.deps.config.publicUrl) allowed.add(new URL(app.deps.config.publicUrl).origin);
  if (!allowed.has(origin)) throw crossSite();
}

export function sessionCookieOptions(app: FastifyInstance, request: FastifyRequest) {
  const secure = request.protocol === 'https' || (app.deps.config.publicUrl?.startsWith('https://') ?? false);
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: Math.floor(app.deps.config.sessionMaxMs / 1000),
  };
}
