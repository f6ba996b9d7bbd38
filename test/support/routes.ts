// The routes an app has registered (its route table, without the HEAD twins of GET routes), and the addresses to call them at.
import type { FastifyInstance } from 'fastify';
import type { RegisteredRoute } from '../../src/server/platform/http/route-table.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Route = RegisteredRoute & { method: Method };

export const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

/** Every route of the app, in the order it registered them. */
export function registeredRoutes(app: FastifyInstance): Route[] {
  return app.routeTable.filter((r): r is Route => r.method !== 'HEAD');
}

/** The names of a route's path parameters: `/api/x/:id/y/:yId` → id, yId. */
export const pathParams = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1]);

/** The route's address with its path parameters filled in from `values`; undefined when one of them has no value. */
export function fillPath(url: string, values: Record<string, string>): string | undefined {
  if (pathParams(url).some((name) => values[name] === undefined)) return undefined;
  return url.replace(/:(\w+)/g, (_, name: string) => values[name]);
}
