// The liveness and readiness routes.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Api } from './types.ts';

export async function healthRoutes(app: Api) {
  app.get('/healthz', {
    config: { policy: { access: 'public' } },
    logLevel: 'warn',
    schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });
  app.get('/readyz', {
    config: { policy: { access: 'public' } },
    logLevel: 'warn',
    schema: { hide: true, response: { 200: z.object({ status: z.literal('ready') }), 503: z.object({ status: z.literal('unavailable') }) } },
    handler: async (_request, reply) => {
      try {
        await app.deps.db.execute(sql`select 1`);
        return { status: 'ready' as const };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const });
      }
    },
  });
}
