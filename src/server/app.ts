// buildApp(): Fastify with security headers, the error handler, auth, OpenAPI, every module's policed routes and the web app.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Config, linkBaseUrl } from './config.ts';
import type { Database } from './db/client.ts';
import { installAuth } from './platform/auth/auth.plugin.ts';
import { methodNotAllowed, routeNotFound } from './platform/http/http.errors.ts';
import { installMetrics } from './platform/http/metrics.ts';
import { openApiTransform, openApiTransformObject } from './platform/http/openapi.ts';
import { installErrorHandler, sendError, sendFrameworkError, writeClientError } from './platform/http/problem.ts';
import { requestIdOf } from './platform/http/request-id.ts';
import { installRoutePolicies } from './platform/http/route-policy.ts';
import { installRouteTable, methodsAt } from './platform/http/route-table.ts';
import { installTextGuard } from './platform/http/text-guard.ts';
import { EventHub } from './platform/events/event-hub.ts';
import { setMailBaseUrl } from './platform/notifications/mail-text.ts';
import type { Api } from './platform/http/types.ts';
import { installAllModules, MODULES } from './modules/index.ts';

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export type AppOptions = {
  config: Config;
  database: Database;
  demoMode?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** Extra route modules (tests use this to prove unpoliced routes are refused). */
  register?: (api: Api) => Promise<void>;
};

export const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Mantine sets CSS variables through inline style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/**
 * Files under assets/ carry a hash of their content in their name: a browser
 * may keep them for a year without asking. Everything else (index.html, which
 * names the current hashes; boot.js; the icon) is checked on every load.
 */
export function webCacheControl(file: string): string {
  return /(^|[\\/])assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function buildApp(opts: AppOptions) {
  const { database } = opts;
  // On the demo dataset no role must use a second factor unless SECOND_FACTOR_ROLES says so: the demo accounts sign in out of the box.
  const config = opts.demoMode && opts.config.secondFactorRoles === undefined ? { ...opts.config, secondFactorRoles: [] } : opts.config;
  installAllModules();
  const app = Fastify({
    logger: opts.logger ?? {
      level: config.logLevel,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    },
    genReqId: (req) => requestIdOf(req, config.trustProxy),
    // One log line per request, written in onResponse below.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: writeClientError,
  }).withTypeProvider<ZodTypeProvider>();
  // Registered before the route table: its catch-all OPTIONS route answers preflights only, and is no API route.
  // Pages of the listed sites may call the API with an API token (never with the session cookie: the cross-site check
  // below still refuses those). Every preflight is answered; an unlisted origin gets no Allow-Origin and the browser stops.
  await app.register(cors, {
    origin: config.corsOrigins,
    credentials: false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'ETag', 'Location'],
    maxAge: 600,
    strictPreflight: false,
  });
  installRouteTable(app);
  installMetrics(app, database);
  // Every answer names its request, as the logs, problem bodies and audit entries do.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', { db: database.db, database, config });
  app.decorate('demoMode', opts.demoMode ?? false);
  const events = new EventHub();
  await events.start(database);
  app.decorate('events', events);
  app.addHook('onClose', async () => events.stop());
  setMailBaseUrl(linkBaseUrl(config));

  // HSTS and upgrade-insecure-requests only where the site is served over TLS; on plain HTTP they would break it.
  const tls = config.publicUrl?.startsWith('https://') ?? false;
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { ...CSP, upgradeInsecureRequests: tls ? [] : null } },
    hsts: tls,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  installErrorHandler(app);
  installAuth(app);
  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.logLevel === 'warn' && reply.statusCode < 400) return;
    request.log.info(
      {
        method: request.method,
        // A route whose address carries a secret (a feed token) logs its pattern instead.
        url: request.routeOptions.config.secretPath ? request.routeOptions.url : request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        user: request.ctx?.viewer?.id,
        ip: request.ip,
      },
      'request',
    );
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Chancery API', version: '0.1.0', description: 'The working system of a permanent mission: directory, meetings, consultations, documents, calendar, search, notifications, accounts and audit.' },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject(config.publicUrl),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // Every route in here must declare its access policy.
  await app.register(async (api) => {
    installRoutePolicies(api);
    installTextGuard(api);
    const typed = api.withTypeProvider<ZodTypeProvider>();
    for (const m of MODULES) await m.routes?.(typed);
    if (opts.register) await opts.register(typed);
    typed.get('/api/openapi.json', {
      config: { policy: { access: 'public' } },
      schema: { hide: true },
      handler: async () => app.swagger(),
    });
  });

  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz next to each file (scripts/precompress.ts); they are sent as they are.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, file) => reply.header('cache-control', webCacheControl(file)),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      const allowed = methodsAt(app.routeTable, request.url.split('?')[0]);
      if (allowed.length && !allowed.includes(request.method)) {
        reply.header('allow', allowed.join(', '));
        return sendError(reply, request, methodNotAllowed(allowed));
      }
      return sendError(reply, request, routeNotFound());
    }
    // Client-side routes of the web app.
    return reply.type('text/html').header('cache-control', webCacheControl('index.html')).sendFile('index.html');
  });
  return app;
}
