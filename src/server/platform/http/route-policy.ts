// Every route's declared access policy (public, signed in, roles), checked before its handler; a route without one fails at start.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/common.ts';
import { rolesRequiringSecondFactor } from '../../config.ts';
import { secondFactorEnrolmentRequired } from '../auth/auth.errors.ts';
import { forbidden, unauthenticated } from '../errors.ts';

/**
 * Every route declares who may call it, in `config.policy`. This is the gate
 * in front of a route; which *records* a caller sees is decided by the access
 * policy inside the queries.
 *
 * - `public`: anyone; records are still filtered by the access policy;
 * - `signedIn`: any signed-in user;
 * - `roles`: signed-in users with one of the roles.
 */
export type RoutePolicy = { access: 'public' } | { access: 'signedIn' } | { access: 'roles'; roles: readonly Role[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /** The request path holds a secret (e.g. a calendar feed token): never log it. */
    secretPath?: boolean;
    /** Open to a signed-in user whose role requires a second factor they have not set up yet (signing in and out, setting it up). */
    beforeSecondFactor?: boolean;
  }
}

export class MissingRoutePolicyError extends Error {}

/** Refuses to register a route without a policy, and enforces the policy on every request. */
export function installRoutePolicies(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD' || (Array.isArray(route.method) && route.method.includes('HEAD') && route.method.length === 1)) return;
    const policy = (route.config as { policy?: RoutePolicy } | undefined)?.policy;
    if (!policy) {
      throw new MissingRoutePolicyError(
        `Route ${String(route.method)} ${route.url} declares no access policy: add config.policy ({ access: 'public' | 'signedIn' | 'roles' }).`,
      );
    }
  });
  // Before validation, so a caller who may not use the route learns nothing about its input rules.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const policy = request.routeOptions.config.policy;
    const viewer = request.ctx.viewer;
    if (viewer && mustSetUpSecondFactor(request) && !request.routeOptions.config.beforeSecondFactor) throw secondFactorEnrolmentRequired();
    if (!policy || policy.access === 'public') return;
    if (!viewer) throw unauthenticated();
    if (policy.access === 'roles' && !policy.roles.includes(viewer.role)) throw forbidden();
  });
}

/**
 * A signed-in user whose role requires a second factor they have not set up
 * reaches only the API routes marked `beforeSecondFactor` (the web app's
 * files are not API routes).
 */
function mustSetUpSecondFactor(request: FastifyRequest): boolean {
  const viewer = request.ctx.viewer;
  if (viewer?.secondFactor !== false || !request.url.startsWith('/api/')) return false;
  return rolesRequiringSecondFactor(request.server.deps.config).includes(viewer.role);
}
