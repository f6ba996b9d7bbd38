// Api: the Fastify instance type routes are registered on, typed by zod.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../context.ts';
import type { Deps } from '../deps.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import type { EventHub } from '../events/event-hub.ts';

/** The Fastify instance routes are registered on: zod schemas, typed. */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set for every request before routing. */
    ctx: RequestContext;
  }
  interface FastifyInstance {
    deps: Deps;
    /** True when the database holds the demo dataset (the UI shows provenance badges). */
    demoMode: boolean;
    /** Live events from the database (notifications), for SSE connections. */
    events: EventHub;
    /** Resolved sessions, reused for a few seconds (see auth/session-cache.ts). */
    sessions: SessionCache;
  }
}
