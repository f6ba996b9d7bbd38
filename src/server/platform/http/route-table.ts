// The routes an app has registered, with their access policies, as a list that can be read back.
import type { FastifyInstance } from 'fastify';
import type { RoutePolicy } from './route-policy.ts';

export type RegisteredRoute = { method: string; url: string; policy: RoutePolicy | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Every route registered on this app (one entry per method, HEAD included),
     * in the order of registration. The access tests derive their route lists
     * from it, so a new route is covered without being listed by hand.
     */
    routeTable: readonly RegisteredRoute[];
  }
}

/** Records every route registered from now on, in the app and in the plugins it registers. */
export function installRouteTable(app: FastifyInstance) {
  const table: RegisteredRoute[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    const policy = (route.config as { policy?: RoutePolicy } | undefined)?.policy;
    for (const method of [route.method].flat()) table.push({ method, url: route.url, policy });
  });
}

const patterns = new WeakMap<readonly RegisteredRoute[], { method: string; re: RegExp }[]>();
const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The methods the routes of `table` answer at this concrete path (none when no route matches it). */
export function methodsAt(table: readonly RegisteredRoute[], path: string): string[] {
  let compiled = patterns.get(table);
  if (!compiled || compiled.length !== table.length) {
    compiled = table.map((r) => ({
      method: r.method,
      re: new RegExp(`^${r.url.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : escapeRegExp(seg))).join('/')}$`),
    }));
    patterns.set(table, compiled);
  }
  return [...new Set(compiled.filter((c) => c.re.test(path)).map((c) => c.method))];
}
