// The administrator's routes for background jobs: list by status and retry a failed one.
import { and, count, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { problemSchema } from '../../../shared/common.ts';
import { jobListQuerySchema, jobListSchema } from '../../../shared/notifications.ts';
import { jobs } from '../../db/schema/jobs.table.ts';
import { recordAudit } from '../audit/audit.ts';
import { jobNotFound } from './jobs.errors.ts';
import { decodeInstantCursor, encodeCursor } from '../http/cursor.ts';
import type { Api } from '../http/types.ts';
import { retryJobs } from './jobs.ts';

const adminOnly = { policy: { access: 'roles', roles: ['admin'] } } as const;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export async function jobsRoutes(app: Api) {
  app.get('/api/admin/jobs', {
    config: adminOnly,
    schema: { tags: ['jobs'], summary: 'Background jobs by status (failed by default)', querystring: jobListQuerySchema, response: { 200: jobListSchema, ...errors } },
    handler: async (request) => {
      const { status, limit, cursor } = request.query;
      const before = cursor ? decodeInstantCursor(cursor).at : null;
      const rows = await app.deps.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, status), before ? lt(jobs.updatedAt, before) : undefined))
        .orderBy(desc(jobs.updatedAt))
        .limit(limit + 1);
      const [{ n }] = await app.deps.db.select({ n: count() }).from(jobs).where(eq(jobs.status, status));
      const items = rows.slice(0, limit);
      return {
        items: items.map((j) => ({ ...j, runAt: j.runAt.toISOString(), updatedAt: j.updatedAt.toISOString() })),
        nextCursor: rows.length > limit ? encodeCursor([items.at(-1)!.updatedAt.toISOString()]) : null,
        total: Number(n),
      };
    },
  });
  app.post('/api/admin/jobs/:id/retry', {
    config: adminOnly,
    schema: { tags: ['jobs'], summary: 'Queue a failed job again', params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...errors } },
    handler: async (request, reply) => {
      await app.deps.db.transaction(async (tx) => {
        const [row] = await retryJobs(tx, [request.params.id]);
        if (!row) throw jobNotFound();
        await recordAudit(tx, request.ctx, { action: 'job.retry', recordType: 'job', recordId: row.id, changes: { status: { before: 'failed', after: 'pending' } } });
      });
      return reply.code(204).send(null);
    },
  });
}
